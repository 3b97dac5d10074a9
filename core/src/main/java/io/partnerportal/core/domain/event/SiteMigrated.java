package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A site moved to the new billing platform, with its live subscriptions (R12, R13).
 *
 * @param id            the event's id
 * @param act           who migrated it, and when
 * @param site          the site
 * @param migratedOn    the day it moved
 * @param subscriptions its live subscriptions
 * @param toldFirst     the contacts for whom this is their first site on the new platform
 */
public record SiteMigrated(UUID id, Act act, SiteUrl site, LocalDate migratedOn,
                           List<SubscriptionState> subscriptions, List<Person> toldFirst) implements DomainEvent {
    /**
     * Copies the lists.
     *
     * @param id            the event's id
     * @param act           who migrated it, and when
     * @param site          the site
     * @param migratedOn    the day it moved
     * @param subscriptions its live subscriptions
     * @param toldFirst     the contacts for whom this is their first site on the new platform
     */
    public SiteMigrated {
        subscriptions = List.copyOf(subscriptions);
        toldFirst = List.copyOf(toldFirst);
    }

    @Override
    public List<SubscriptionChange> changes() {
        HistoryDetail detail = new HistoryDetail.SiteMigrated(site, migratedOn);
        return subscriptions.stream().map(s -> new SubscriptionChange(s.number(), detail)).toList();
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.siteMigrated(this);
    }
}
