package io.partnerportal.core.domain.site;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.SiteMigrated;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.subscription.Subscription;
import java.util.List;
import java.util.Optional;

/**
 * A site moves to the new billing platform once, with its live subscriptions (R12); nothing of
 * their contract changes. The first time a contact has a site there, they are told (R13).
 */
public final class SiteMigrations {
    private SiteMigrations() {
    }

    /**
     * What migrating a site did.
     *
     * @param site  the site, migrated
     * @param event the event
     */
    public record Migrated(Site site, DomainEvent event) {
    }

    /**
     * @param site      the site
     * @param live      its live subscriptions
     * @param toldFirst the contacts for whom it is their first site on the new platform
     * @param act       who migrates it, and when
     * @return the site migrated with its event; nothing when it had moved before
     */
    public static Optional<Migrated> migrate(Site site, List<Subscription> live, List<Person> toldFirst, Act act) {
        if (site.isMigrated()) {
            return Optional.empty();
        }
        Site migrated = site.migrate(act.today());
        return Optional.of(new Migrated(migrated, new SiteMigrated(DomainEvent.newId(), act, site.url(),
                migrated.migratedOn(), live.stream().map(Subscription::state).toList(), toldFirst)));
    }
}
