package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * Somebody became a customer contact for the first time (R11, R13: they are welcomed).
 *
 * @param id     the event's id
 * @param act    who assigned them, and when
 * @param person the new person
 */
public record PersonRegistered(UUID id, Act act, Person person) implements DomainEvent {
    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of();
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of();
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.personRegistered(this);
    }
}
