package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Subscription;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R13: the recipients of an event are the de-duplicated contacts of every subscription it changed. */
public final class Recipients {
    private Recipients() {
    }

    public static List<PersonId> of(Collection<Subscription> changed) {
        Set<PersonId> out = new LinkedHashSet<>();
        changed.forEach(s -> out.addAll(s.contacts()));
        return List.copyOf(out);
    }
}
