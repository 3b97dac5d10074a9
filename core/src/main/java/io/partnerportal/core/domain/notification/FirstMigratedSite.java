package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import java.util.Collection;
import java.util.Set;

/**
 * R13 SITE_MIGRATED: a contact hears of the new billing platform once, for their first site on
 * it - when they never heard of it before and none of their other subscriptions is on a site
 * that already moved.
 */
public final class FirstMigratedSite {
    private FirstMigratedSite() {
    }

    /**
     * Whether the migration of {@code migrating} is the first a person hears of (R13).
     *
     * @param person             a contact of a live subscription on the site
     * @param migrating          the site moving now
     * @param theirSubscriptions every subscription the person is assigned to
     * @param migratedSites      the sites already on the new billing platform (before this one)
     * @return true when never told before and none of their other sites has moved
     */
    public static boolean isFirstFor(Person person, SiteUrl migrating, Collection<Subscription> theirSubscriptions,
                                     Set<SiteUrl> migratedSites) {
        if (person.toldOfSiteMigration()) {
            return false;
        }
        return theirSubscriptions.stream()
                .map(s -> s.site().orElse(null))
                .filter(site -> site != null && !site.equals(migrating))
                .noneMatch(migratedSites::contains);
    }
}
