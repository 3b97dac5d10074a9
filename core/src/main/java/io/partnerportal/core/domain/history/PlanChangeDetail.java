package io.partnerportal.core.domain.history;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Plan;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * R16: the plan, user tier and billing cycle a subscription changed to, or will change to on a date.
 *
 * @param action       {@link HistoryAction#PLAN_CHANGED} or {@link HistoryAction#CHANGE_SCHEDULED}
 * @param plan         the plan
 * @param userTier     the user tier
 * @param billingCycle the billing cycle
 * @param effectiveOn  the day it applies
 */
public record PlanChangeDetail(HistoryAction action, Plan plan, int userTier, BillingCycle billingCycle,
                               LocalDate effectiveOn) implements HistoryDetail {
    /**
     * Checks the action.
     *
     * @param action       {@link HistoryAction#PLAN_CHANGED} or {@link HistoryAction#CHANGE_SCHEDULED}
     * @param plan         the plan
     * @param userTier     the user tier
     * @param billingCycle the billing cycle
     * @param effectiveOn  the day it applies
     */
    public PlanChangeDetail {
        HistoryDetails.require(action, HistoryAction.PLAN_CHANGED, HistoryAction.CHANGE_SCHEDULED);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(billingCycle, "billingCycle");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    @Override
    public Map<String, String> fields() {
        return HistoryDetails.fields("plan", plan, "userTier", userTier, "billingCycle", billingCycle,
                "effectiveOn", effectiveOn);
    }
}
