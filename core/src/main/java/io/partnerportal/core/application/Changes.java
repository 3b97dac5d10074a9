package io.partnerportal.core.application;

import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.port.out.ReminderLog;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one unit of work changes: the subscriptions a use case stores, always through here, and the
 * domain events that say what happened. When the unit ends, a subscription that changed without an
 * event naming it is a bug - the unit fails and nothing is committed - because its history and
 * emails would be lost. With every subscription it stores goes the day the reminder pass looks at it
 * next (V5, {@link Reminders#firstLook}), computed from what is stored.
 */
public final class Changes {
    private final SubscriptionRepository subscriptions;
    private final ReminderLog reminders;
    private final LocalDate today;
    private final List<DomainEvent> events = new ArrayList<>();
    private final Map<EntitlementNumber, Subscription> stored = new LinkedHashMap<>();

    Changes(SubscriptionRepository subscriptions, ReminderLog reminders, LocalDate today) {
        this.subscriptions = subscriptions;
        this.reminders = reminders;
        this.today = today;
    }

    private void scheduleReminders(Subscription s) {
        if (reminders != null && reminders.keepsSchedule()) {
            reminders.schedule(s.number(), Reminders.firstLook(s, today).orElse(null));
        }
    }

    /**
     * Records an event that stores no subscription (a person registered, a sign-in link).
     *
     * @param event what happened
     */
    public void record(DomainEvent event) {
        events.add(event);
    }

    /**
     * Records what an operation did and stores what it touched (whose versions move); an operation
     * that did nothing stores nothing - and one that changed a subscription but says nothing happened
     * is a bug, refused before its change could be lost.
     *
     * @param event   what happened, if anything
     * @param touched the subscriptions the operation reached
     */
    public void commit(Optional<DomainEvent> event, Collection<Subscription> touched) {
        if (event.isEmpty()) {
            touched.stream().filter(Subscription::isChanged).findFirst().ifPresent(s -> {
                throw unnamed(s);
            });
            return;
        }
        events.add(event.get());
        for (Subscription s : touched) {
            if (stored.putIfAbsent(s.number(), s) != null) {
                throw new IllegalStateException(s.number() + " is stored twice in one unit of work");
            }
            subscriptions.update(s);
            scheduleReminders(s);
        }
    }

    /**
     * Records the event of an order and stores the subscriptions it created.
     *
     * @param event   the order's event
     * @param created the new subscriptions
     */
    public void created(DomainEvent event, List<Subscription> created) {
        events.add(event);
        for (Subscription s : created) {
            stored.put(s.number(), s);
            subscriptions.add(s);
            scheduleReminders(s);
        }
    }

    /** Ends the unit: the events to translate, once every stored change is named by one of them. */
    List<DomainEvent> close() {
        Set<EntitlementNumber> named = new HashSet<>();
        for (DomainEvent e : events) {
            e.subscriptions().stream().map(SubscriptionState::number).forEach(named::add);
        }
        for (Subscription s : stored.values()) {
            if (s.isChanged() && !named.contains(s.number())) {
                throw unnamed(s);
            }
        }
        return List.copyOf(events);
    }

    private static IllegalStateException unnamed(Subscription s) {
        return new IllegalStateException(s.number() + " changed without a domain event naming it");
    }
}
