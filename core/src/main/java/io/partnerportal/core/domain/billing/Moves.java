package io.partnerportal.core.domain.billing;

import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.SubscriptionsMoved;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R9: moving a subscription to another billing account of its partner. An app moves with its
 * hosts and an included product with its collection; a subscription takes along its included
 * products and every app whose hosts all move. A live app one of whose hosts stays blocks the move;
 * a cancelled one simply stays. Only the billing account changes.
 */
public final class Moves {
    private Moves() {
    }

    /**
     * @param target the subscription asked to move
     * @param today  the clock's date
     * @return why it cannot move on its own, if it cannot
     */
    public static Optional<Refusal> refusal(Subscription target, LocalDate today) {
        if (target.kind() == SubscriptionKind.APP) {
            return Optional.of(Refusal.of(ErrorCode.APP_MOVES_WITH_ITS_HOSTS, target.number()));
        }
        return target.collectionOn(today).map(c -> Refusal.of(ErrorCode.INCLUDED_IN_COLLECTION, target.number(), c));
    }

    /**
     * @param graph  the target with its included products, their apps and those apps' hosts
     * @param target the subscription asked to move
     * @param today  the clock's date
     * @return what moves with it, the target first
     */
    public static List<Subscription> whatMoves(SubscriptionGraph graph, Subscription target, LocalDate today) {
        refusal(target, today).ifPresent(r -> {
            throw r.exception();
        });
        List<Subscription> moving = new ArrayList<>(List.of(target));
        graph.orderedIn(target).stream().filter(p -> p.isIncludedOn(today)).forEach(moving::add);
        Set<EntitlementNumber> movingNumbers = moving.stream().map(Subscription::number).collect(Collectors.toSet());
        for (Subscription app : graph.appsOn(moving)) {
            boolean cancelled = app.status(today) == SubscriptionStatus.CANCELLED;
            List<Subscription> stayingBehind = graph.hostsOf(app).stream()
                    .filter(h -> !movingNumbers.contains(h.number()))
                    .filter(h -> cancelled || h.status(today) != SubscriptionStatus.CANCELLED)
                    .toList();
            if (stayingBehind.isEmpty()) {
                moving.add(app);
            } else if (!cancelled) {
                throw Refusal.of(ErrorCode.APP_HOST_STAYS_BEHIND, app.number(), stayingBehind.get(0).number())
                        .exception();
            }
        }
        return moving;
    }

    /**
     * @param moving what moves, from {@link #whatMoves}
     * @param from   the account they are in
     * @param to     the account they move to
     * @param act    who moves them, and when
     * @return the event; nothing when they are in {@code to} already
     */
    public static Optional<DomainEvent> move(List<Subscription> moving, BillingAccount from, BillingAccount to,
                                             Act act) {
        if (from.id().equals(to.id())) {
            return Optional.empty();
        }
        moving.forEach(s -> s.moveTo(to.id()));
        return Optional.of(new SubscriptionsMoved(DomainEvent.newId(), act,
                moving.stream().map(Subscription::state).toList(), from, to));
    }
}
