package io.partnerportal.core.domain.subscription;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan, user tier or billing cycle change waiting for its date (R16): what the subscription will
 * be from {@code effectiveOn}. It applies by the clock, like a status (R2): a subscription read on
 * or after that day is read as changed ({@link #settled}), whether or not anything was written.
 *
 * @param plan         the plan from that day
 * @param userTier     the user tier from that day
 * @param billingCycle the billing cycle from that day
 * @param effectiveOn  the day it applies (the bill date it was scheduled for)
 */
public record PlanChange(Plan plan, int userTier, BillingCycle billingCycle, LocalDate effectiveOn) {
    /**
     * Checks the parts.
     *
     * @param plan         the plan from that day
     * @param userTier     the user tier from that day
     * @param billingCycle the billing cycle from that day
     * @param effectiveOn  the day it applies
     */
    public PlanChange {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(billingCycle, "billingCycle");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    /**
     * R16 from the clock: the subscription as it is on {@code today}. A pending change whose day came
     * is applied: its plan, tier and cycle, and - when the cycle changes - a new term anchored on its
     * day; otherwise the state as stored.
     *
     * @param state a stored subscription
     * @param today the clock's date
     * @return the state that holds today
     */
    public static SubscriptionState settled(SubscriptionState state, LocalDate today) {
        PlanChange c = state.pendingChange();
        if (c == null || !c.appliesOn(today)) {
            return state;
        }
        return state.withPlan(c.plan(), c.userTier(), c.billingCycle(), c.termStartAfter(state.billingCycle(),
                state.termStart()), null);
    }

    /**
     * Whether its day has come.
     *
     * @param today the clock's date
     * @return true on or after {@link #effectiveOn}
     */
    public boolean appliesOn(LocalDate today) {
        return !today.isBefore(effectiveOn);
    }

    /**
     * The term's anchor once it applies: a cycle change starts a new term on its day.
     *
     * @param cycle     the billing cycle before it
     * @param termStart the term's anchor before it
     * @return the anchor after it
     */
    public LocalDate termStartAfter(BillingCycle cycle, LocalDate termStart) {
        return billingCycle == cycle ? termStart : effectiveOn;
    }
}
