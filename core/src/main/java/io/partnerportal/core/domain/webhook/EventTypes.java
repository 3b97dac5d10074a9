package io.partnerportal.core.domain.webhook;

import io.partnerportal.core.domain.event.CancellationEffective;
import io.partnerportal.core.domain.event.CancellationScheduled;
import io.partnerportal.core.domain.event.CancellationWithdrawn;
import io.partnerportal.core.domain.event.ContactAssigned;
import io.partnerportal.core.domain.event.ContactRemoved;
import io.partnerportal.core.domain.event.ContactRoleChanged;
import io.partnerportal.core.domain.event.ReminderDue;
import io.partnerportal.core.domain.event.RequestCreated;
import io.partnerportal.core.domain.event.RequestResolved;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.PersonRegistered;
import io.partnerportal.core.domain.event.PlanChangeRecorded;
import io.partnerportal.core.domain.event.SignInLinkIssued;
import io.partnerportal.core.domain.event.SiteMigrated;
import io.partnerportal.core.domain.event.SubscriptionsMoved;
import io.partnerportal.core.domain.event.SubscriptionsOrdered;
import io.partnerportal.core.domain.event.SubscriptionsReactivated;
import io.partnerportal.core.domain.event.SubscriptionsSetUp;
import io.partnerportal.core.domain.event.UsageReported;
import java.util.List;
import java.util.Optional;

/**
 * The name a partner reads for each domain event (R20, R21), or none for the events that are no
 * partner's business (a person's registration, a sign-in link, a reminder falling due).
 */
public final class EventTypes implements DomainEvent.Handler<Optional<String>> {
    /** Every name a partner may receive, in the order of the domain's events. */
    public static final List<String> ALL = List.of("subscription.ordered", "contact.assigned", "contact.removed",
            "usage.reported", "subscription.moved", "subscription.set_up", "site.migrated", "cancellation.scheduled",
            "cancellation.effective", "cancellation.withdrawn", "subscription.reactivated", "subscription.changed",
            "change.scheduled", "change.withdrawn", "contact.role_changed", "request.created",
            "request.resolved");

    /** The names whose body carries the request it is about beside its subscriptions (R23). */
    public static final List<String> ABOUT_REQUESTS = List.of(ALL.get(15), ALL.get(16));

    private static final EventTypes INSTANCE = new EventTypes();

    private EventTypes() {
    }

    /**
     * @param event a domain event
     * @return the name partners read, or empty when partners are not told of it
     */
    public static Optional<String> of(DomainEvent event) {
        return event.accept(INSTANCE);
    }

    private static Optional<String> name(int index) {
        return Optional.of(ALL.get(index));
    }

    @Override
    public Optional<String> ordered(SubscriptionsOrdered e) {
        return name(0);
    }

    @Override
    public Optional<String> personRegistered(PersonRegistered e) {
        return Optional.empty();
    }

    @Override
    public Optional<String> contactAssigned(ContactAssigned e) {
        return name(1);
    }

    @Override
    public Optional<String> contactRemoved(ContactRemoved e) {
        return name(2);
    }

    @Override
    public Optional<String> usageReported(UsageReported e) {
        return name(3);
    }

    @Override
    public Optional<String> moved(SubscriptionsMoved e) {
        return name(4);
    }

    @Override
    public Optional<String> setUp(SubscriptionsSetUp e) {
        return name(5);
    }

    @Override
    public Optional<String> siteMigrated(SiteMigrated e) {
        return name(6);
    }

    @Override
    public Optional<String> cancellationScheduled(CancellationScheduled e) {
        return name(7);
    }

    @Override
    public Optional<String> cancellationEffective(CancellationEffective e) {
        return name(8);
    }

    @Override
    public Optional<String> cancellationWithdrawn(CancellationWithdrawn e) {
        return name(9);
    }

    @Override
    public Optional<String> reactivated(SubscriptionsReactivated e) {
        return name(10);
    }

    @Override
    public Optional<String> signInLinkIssued(SignInLinkIssued e) {
        return Optional.empty();
    }

    @Override
    public Optional<String> planChange(PlanChangeRecorded e) {
        return name(11 + e.kind().ordinal());
    }

    @Override
    public Optional<String> contactRoleChanged(ContactRoleChanged e) {
        return name(14);
    }

    @Override
    public Optional<String> reminderDue(ReminderDue e) {
        return Optional.empty();
    }

    @Override
    public Optional<String> requestCreated(RequestCreated e) {
        return name(15);
    }

    @Override
    public Optional<String> requestResolved(RequestResolved e) {
        return name(16);
    }
}
