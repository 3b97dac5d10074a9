package io.partnerportal.core.partner;

import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.ChangeTiming;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.error.FieldErrorCode;
import java.util.Objects;

/** The plan change command of {@link PartnerOperations} (R16), read as {@code PartnerOperations.ChangePlan}. */
public interface PartnerPlanCommands {

    /**
     * R16: change a subscription's plan, user tier or billing cycle; a part left null keeps its value.
     *
     * @param partner      the partner
     * @param subscription the subscription
     * @param plan         the new plan, or null
     * @param userTier     the new user tier, or null
     * @param billingCycle the new billing cycle, or null
     * @param when         when it applies, or null for the default (an upgrade at once, else at renewal)
     */
    record ChangePlan(PartnerId partner, EntitlementNumber subscription, Plan plan, Integer userTier,
                      BillingCycle billingCycle, ChangeTiming when) {
        /**
         * Checks the partner and the subscription.
         *
         * @param partner      the partner
         * @param subscription the subscription
         * @param plan         the new plan, or null
         * @param userTier     the new user tier, or null
         * @param billingCycle the new billing cycle, or null
         * @param when         when it applies, or null
         */
        public ChangePlan {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(subscription, "subscription");
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param plan              as typed, or null
         * @param userTier          as sent, or null
         * @param billingCycle      as typed, or null
         * @param when              as typed, or null
         * @return the command
         */
        public static ChangePlan parse(PartnerId partner, String entitlementNumber, String plan, Integer userTier,
                                       String billingCycle, String when) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            Plan p = Inputs.optionalEnum(f, "plan", Plan.class, plan, null);
            Integer tier = userTier == null ? null : f.parse("userTier", () -> Inputs.inRange(userTier, 1, 1_000_000));
            BillingCycle cycle = Inputs.optionalEnum(f, "billingCycle", BillingCycle.class, billingCycle, null);
            ChangeTiming timing = Inputs.optionalEnum(f, "when", ChangeTiming.class, when, null);
            if (plan == null && userTier == null && billingCycle == null) {
                f.add("plan", FieldErrorCode.REQUIRED, "name at least one of plan, userTier and billingCycle");
            }
            f.throwIfAny();
            return new ChangePlan(partner, n, p, tier, cycle, timing);
        }
    }
}
