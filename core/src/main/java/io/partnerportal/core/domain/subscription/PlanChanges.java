package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.PlanChangeRecorded;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import java.time.LocalDate;
import java.util.Optional;

/**
 * R16, a partner's plan, user tier and billing cycle changes. An upgrade (a higher plan or tier,
 * nothing lower, the same cycle) applies at once by default; anything else (a downgrade, a cycle
 * change) waits for the bill date by default; {@code when} overrides either. One change waits at a
 * time: a new one replaces it. A cycle change applied at once starts a new term today. Refused on a
 * cancelled subscription or one being cancelled, on an included product (its collection changes),
 * and for an app's user tier (it follows its hosts').
 */
public final class PlanChanges {
    private PlanChanges() {
    }

    /**
     * What a partner asks for; a part left null keeps its current value.
     *
     * @param plan         the new plan, or null
     * @param userTier     the new user tier, or null
     * @param billingCycle the new billing cycle, or null
     * @param when         when it applies, or null for the default
     */
    public record Request(Plan plan, Integer userTier, BillingCycle billingCycle, ChangeTiming when) {
    }

    /**
     * Applies or schedules a change.
     *
     * @param s       the subscription
     * @param request what to change
     * @param act     who asks, and when
     * @return the event; nothing when the request changes nothing
     */
    public static Optional<DomainEvent> change(Subscription s, Request request, Act act) {
        LocalDate today = act.today();
        refuse(s, today);
        if (s.kind() == SubscriptionKind.APP && request.userTier() != null) {
            throw ValidationException.of("userTier", FieldErrorCode.NOT_APPLICABLE,
                    "an app's user tier follows its hosts'; change the hosts' tier");
        }
        SubscriptionState now = s.stateOn(today);
        Plan plan = request.plan() != null ? request.plan() : now.plan();
        int tier = request.userTier() != null ? request.userTier() : now.userTier();
        BillingCycle cycle = request.billingCycle() != null ? request.billingCycle() : now.billingCycle();
        if (plan == now.plan() && tier == now.userTier() && cycle == now.billingCycle()) {
            return Optional.empty();
        }
        boolean upgrade = plan.compareTo(now.plan()) >= 0 && tier >= now.userTier() && cycle == now.billingCycle();
        ChangeTiming when = request.when() != null ? request.when()
                : upgrade ? ChangeTiming.IMMEDIATE : ChangeTiming.AT_RENEWAL;
        if (when == ChangeTiming.IMMEDIATE) {
            LocalDate anchor = cycle == now.billingCycle() ? now.termStart() : today;
            s.replace(now.withPlan(plan, tier, cycle, anchor, null));
            return Optional.of(event(s, act, PlanChangeRecorded.Kind.CHANGED,
                    new HistoryDetail.PlanChanged(HistoryAction.PLAN_CHANGED, plan, tier, cycle, today)));
        }
        LocalDate on = s.billDate(today).orElseThrow();
        PlanChange pending = new PlanChange(plan, tier, cycle, on);
        if (pending.equals(now.pendingChange())) {
            return Optional.empty();
        }
        s.replace(now.withPlan(now.plan(), now.userTier(), now.billingCycle(), now.termStart(), pending));
        return Optional.of(event(s, act, PlanChangeRecorded.Kind.SCHEDULED,
                new HistoryDetail.PlanChanged(HistoryAction.CHANGE_SCHEDULED, plan, tier, cycle, on)));
    }

    /**
     * Withdraws the change waiting for its date; none waiting (or its date came) changes nothing.
     *
     * @param s   the subscription
     * @param act who asks, and when
     * @return the event; nothing when no change waits
     */
    public static Optional<DomainEvent> withdraw(Subscription s, Act act) {
        SubscriptionState now = s.stateOn(act.today());
        if (now.pendingChange() == null) {
            return Optional.empty();
        }
        s.replace(now.withPlan(now.plan(), now.userTier(), now.billingCycle(), now.termStart(), null));
        return Optional.of(event(s, act, PlanChangeRecorded.Kind.WITHDRAWN,
                new HistoryDetail.Withdrawn(HistoryAction.CHANGE_WITHDRAWN)));
    }

    private static void refuse(Subscription s, LocalDate today) {
        if (s.status(today) == SubscriptionStatus.CANCELLED) {
            throw new RuleRefusedException(ErrorCode.SUBSCRIPTION_CANCELLED, s.number());
        }
        if (s.cancellation().isPresent()) {
            throw new RuleRefusedException(ErrorCode.CANCELLATION_PENDING, s.number());
        }
        if (s.isIncludedOn(today)) {
            throw new RuleRefusedException(ErrorCode.INCLUDED_IN_COLLECTION, s.number(),
                    s.collectionOn(today).orElseThrow());
        }
    }

    private static DomainEvent event(Subscription s, Act act, PlanChangeRecorded.Kind kind, HistoryDetail detail) {
        return new PlanChangeRecorded(DomainEvent.newId(), act, kind, s.state(),
                new SubscriptionChange(s.number(), detail));
    }
}
