package io.partnerportal.core.domain.access;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * R11: what a contact sees - the subscriptions they are assigned to, the apps installed on those
 * (on any of their hosts), and the products ordered in those collections. A pure function of the
 * subscription, the viewer and the subscriptions the viewer is assigned to.
 */
public final class Visibility {
    private Visibility() {
    }

    /**
     * Whether {@code viewer} sees {@code subscription} (R11).
     *
     * @param viewer       the contact
     * @param subscription the subscription
     * @param assigned     the entitlement numbers of every subscription {@code viewer} is assigned to
     * @return true when assigned to it, to one of its hosts (an app) or to its collection
     */
    public static boolean canSee(PersonId viewer, Subscription subscription, Set<EntitlementNumber> assigned) {
        Objects.requireNonNull(viewer, "viewer");
        if (subscription.isAssigned(viewer)) {
            return true;
        }
        if (subscription.kind() == SubscriptionKind.APP && intersects(subscription.hosts(), assigned)) {
            return true;
        }
        return subscription.orderedInCollection().map(assigned::contains).orElse(false);
    }

    /**
     * R19: the viewer's role on a subscription they see - their own role when they are its contact,
     * else the best role they hold on a subscription through which they see it (a host of an app,
     * the collection of an included product).
     *
     * @param viewer       the contact
     * @param subscription the subscription
     * @param assignedTo   every subscription {@code viewer} is assigned to
     * @return the role, or none when they do not see it
     */
    public static Optional<ContactRole> roleOf(PersonId viewer, Subscription subscription,
                                               Collection<? extends Subscription> assignedTo) {
        Optional<ContactRole> own = subscription.roleOf(viewer);
        if (own.isPresent()) {
            return own;
        }
        Set<EntitlementNumber> through = new HashSet<>();
        if (subscription.kind() == SubscriptionKind.APP) {
            through.addAll(subscription.hosts());
        }
        subscription.orderedInCollection().ifPresent(through::add);
        List<ContactRole> roles = assignedTo.stream().filter(a -> through.contains(a.number()))
                .map(a -> a.roleOf(viewer).orElse(ContactRole.VIEWER)).toList();
        return roles.isEmpty() ? Optional.empty()
                : Optional.of(roles.contains(ContactRole.MANAGER) ? ContactRole.MANAGER : ContactRole.VIEWER);
    }

    private static boolean intersects(Collection<EntitlementNumber> a, Set<EntitlementNumber> b) {
        for (EntitlementNumber n : a) {
            if (b.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
