package io.partnerportal.core.service;

import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a contact may reach (R11, R15): what they see; anything else does not exist for them. */
final class ContactAccess {
    private final SubscriptionRepository subscriptions;

    ContactAccess(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** A subscription the viewer sees, with the subscriptions they are assigned to. */
    record Seen(Subscription subscription, List<Subscription> assignedTo, Set<EntitlementNumber> assigned) {
        /** R19: the viewer's role on it. */
        ContactRole role(PersonId viewer) {
            return Visibility.roleOf(viewer, subscription, assignedTo).orElse(ContactRole.VIEWER);
        }
    }

    Seen visible(PersonId viewer, EntitlementNumber number) {
        Subscription s = subscriptions.find(number).orElseThrow(() -> new NotFoundException("Subscription " + number));
        List<Subscription> assignedTo = subscriptions.findAssignedTo(viewer);
        Set<EntitlementNumber> assigned = assignedTo.stream().map(Subscription::number).collect(Collectors.toSet());
        if (!Visibility.canSee(viewer, s, assigned)) {
            throw new NotFoundException("Subscription " + number);
        }
        return new Seen(s, assignedTo, assigned);
    }

    /** A subscription the viewer sees and manages (R19); a viewer is refused {@code VIEWER_ROLE}. */
    Seen managed(PersonId viewer, EntitlementNumber number) {
        Seen seen = visible(viewer, number);
        if (seen.role(viewer) != ContactRole.MANAGER) {
            throw new RuleRefusedException(ErrorCode.VIEWER_ROLE, number);
        }
        return seen;
    }
}
