package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person asked for a sign-in link and gets one. The plaintext token lives only in this event and
 * the email it triggers (erased from the outbox once sent); the store keeps its hash.
 *
 * @param id        the event's id
 * @param act       who asked (the person), and when
 * @param person    the person
 * @param token     the link's secret
 * @param expiresAt when the link stops working
 */
public record SignInLinkIssued(UUID id, Act act, Person person, String token, Instant expiresAt)
        implements DomainEvent {
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
        return handler.signInLinkIssued(this);
    }

    @Override
    public String toString() {
        return "SignInLinkIssued[" + id + " for " + person.id() + "]";
    }
}
