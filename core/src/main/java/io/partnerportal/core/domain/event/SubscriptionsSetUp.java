package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A subscription was set up (R10) on a site (a collection with its included products) or on an
 * organization; exactly one of the two is set.
 *
 * @param id            the event's id
 * @param act           who set it up, and when
 * @param subscriptions the subscriptions set up
 * @param site          the site, or null
 * @param organization  the organization, or null
 */
public record SubscriptionsSetUp(UUID id, Act act, List<SubscriptionState> subscriptions, SiteUrl site,
                                 OrganizationName organization) implements DomainEvent {
    /**
     * Copies the list and checks that one place is named.
     *
     * @param id            the event's id
     * @param act           who set it up, and when
     * @param subscriptions the subscriptions set up
     * @param site          the site, or null
     * @param organization  the organization, or null
     */
    public SubscriptionsSetUp {
        subscriptions = List.copyOf(subscriptions);
        if ((site == null) == (organization == null)) {
            throw new IllegalArgumentException("a set up names a site or an organization");
        }
    }

    @Override
    public List<SubscriptionChange> changes() {
        HistoryDetail detail = new HistoryDetail.SetUp(site, organization);
        return subscriptions.stream().map(s -> new SubscriptionChange(s.number(), detail)).toList();
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.setUp(this);
    }
}
