package io.partnerportal.core.partner;

import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.notification.FirstMigratedSite;
import io.partnerportal.core.domain.notification.Recipients;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteMigrations;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SiteRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partner moves a site to the new billing platform (R12), once; the site is the partner's when
 * one of its live subscriptions is there. Contacts for whom it is their first site there are told
 * (R13), and remembered as told.
 */
public final class MigrateSites {
    private final Work work;
    private final Sites sites;
    private final SubscriptionRepository subscriptions;
    private final PersonRepository people;

    public MigrateSites(Work work, Sites sites, SubscriptionRepository subscriptions, PersonRepository people) {
        this.work = work;
        this.sites = sites;
        this.subscriptions = subscriptions;
        this.people = people;
    }

    public PartnerOperations.SiteMigration migrate(PartnerOperations.MigrateSite c) {
        SiteUrl url = Fields.single("siteUrl", () -> sites.url(c.site()));
        SiteRepository repository = sites.repository();
        return work.tx().write(changes -> {
            List<Subscription> live = subscriptions.findOnSite(url).stream().filter(Subscription::isLive).toList();
            if (live.stream().noneMatch(s -> s.partner().equals(c.partner()))) {
                throw new NotFoundException("Site " + url);
            }
            Site site = repository.lock(url).orElseThrow(() -> new NotFoundException("Site " + url));
            if (site.isMigrated()) {
                return new PartnerOperations.SiteMigration(url.value(), site.migratedOn());
            }
            Optional<SiteMigrations.Migrated> migrated = SiteMigrations.migrate(site, live, toldFirst(url, live),
                    work.act(new Actor.Partner(c.partner())));
            repository.update(migrated.orElseThrow().site());
            changes.commit(migrated.map(SiteMigrations.Migrated::event), live);
            return new PartnerOperations.SiteMigration(url.value(), migrated.get().site().migratedOn());
        });
    }

    /** R13: the contacts for whom this is their first site on the new platform, remembered as told. */
    private List<Person> toldFirst(SiteUrl url, List<Subscription> live) {
        List<Person> told = new ArrayList<>();
        for (Person person : people.findAll(Recipients.of(live))) {
            List<Subscription> theirs = subscriptions.findAssignedTo(person.id());
            Set<SiteUrl> others = theirs.stream().map(s -> s.site().orElse(null)).filter(Objects::nonNull)
                    .filter(s -> !s.equals(url)).collect(Collectors.toSet());
            Set<SiteUrl> migrated = sites.repository().findAll(others).stream().filter(Site::isMigrated)
                    .map(Site::url).collect(Collectors.toSet());
            if (FirstMigratedSite.isFirstFor(person, url, theirs, migrated)) {
                people.update(person.afterSiteMigrationNotice());
                told.add(person);
            }
        }
        return told;
    }
}
