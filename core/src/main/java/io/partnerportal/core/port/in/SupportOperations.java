package io.partnerportal.core.port.in;

import java.util.Objects;

/** What vendor support does: reactivating a cancelled subscription (R8) is theirs alone. */
public interface SupportOperations {

    SubscriptionView reactivate(Reactivate command);

    /** {@code includeApps}: reactivate the cancelled apps installed on it too. */
    record Reactivate(String supportKeyId, String entitlementNumber, boolean includeApps) {
        public Reactivate {
            Objects.requireNonNull(supportKeyId, "supportKeyId");
        }
    }
}
