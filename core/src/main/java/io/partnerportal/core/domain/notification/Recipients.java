package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R13: the recipients of an event are the de-duplicated contacts of every subscription it changed. */
public final class Recipients {
    private Recipients() {
    }

    /**
     * @param changed the subscriptions an event changed
     * @return their contacts, each once, in order
     */
    public static List<PersonId> of(Collection<? extends Subscription> changed) {
        return ofStates(changed.stream().map(Subscription::state).toList());
    }

    /**
     * @param changed the subscriptions an event changed, as states
     * @return their contacts, each once, in order
     */
    public static List<PersonId> ofStates(Collection<SubscriptionState> changed) {
        Set<PersonId> out = new LinkedHashSet<>();
        changed.forEach(s -> out.addAll(s.contacts()));
        return List.copyOf(out);
    }
}
