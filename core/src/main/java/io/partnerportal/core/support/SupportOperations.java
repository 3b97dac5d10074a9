package io.partnerportal.core.support;

import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.util.Objects;

/** What vendor support does: reactivating a cancelled subscription (R8) is theirs alone. */
public interface SupportOperations {

    /**
     * Reactivates a cancelled subscription (R8): a new term from today, its apps only on request.
     *
     * @param command what to reactivate
     * @return the subscription, active again
     */
    SubscriptionView reactivate(Reactivate command);

    /**
     * A reactivation asked for by vendor support (R8).
     *
     * @param supportKeyId the support key acting
     * @param subscription the subscription to reactivate
     * @param includeApps  whether the cancelled apps installed on it come back too
     */
    record Reactivate(String supportKeyId, EntitlementNumber subscription, boolean includeApps) {
        /**
         * Checks the key.
         *
         * @param supportKeyId the support key acting
         * @param subscription the subscription to reactivate
         * @param includeApps  whether the cancelled apps installed on it come back too
         */
        public Reactivate {
            Objects.requireNonNull(supportKeyId, "supportKeyId");
        }

        /**
         * Builds the command from what support typed.
         *
         * @param supportKeyId      the support key acting
         * @param entitlementNumber as typed
         * @param includeApps       whether the cancelled apps come back too
         * @return the command
         */
        public static Reactivate parse(String supportKeyId, String entitlementNumber, boolean includeApps) {
            return new Reactivate(supportKeyId, Fields.single(Inputs.ENTITLEMENT_NUMBER,
                    () -> EntitlementNumber.parse(entitlementNumber)), includeApps);
        }
    }
}
