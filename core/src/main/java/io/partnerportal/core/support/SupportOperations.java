package io.partnerportal.core.support;

import io.partnerportal.core.application.Graphs;
import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.util.Objects;

/** What vendor support does: reactivating a cancelled subscription (R8) is theirs alone. */
public interface SupportOperations {

    /**
     * Vendor support's use cases over the ports they call; {@link io.partnerportal.core.Core} wires it.
     *
     * @param tx            units of work and the clock
     * @param views         what answers show
     * @param graphs        what a reactivation reaches
     * @param subscriptions the subscriptions
     * @param sites         sites, checked (R10)
     * @return the port
     */
    static SupportOperations create(Transactions tx, Views views, Graphs graphs, SubscriptionRepository subscriptions,
                                    Sites sites) {
        return new SupportService(tx, views, graphs, subscriptions, sites);
    }

    /**
     * Reactivates a cancelled subscription (R8): a new term from today, its apps only on request.
     *
     * @param command what to reactivate
     * @return the subscription, active again
     * @throws io.partnerportal.core.domain.error.NotFoundException no such subscription
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code NOT_CANCELLED},
     *         {@code INCLUDED_IN_COLLECTION} (reactivate the collection), {@code NO_LIVE_HOST} for an app (R8),
     *         {@code PRODUCT_ALREADY_ON_SITE} when its site has another live one (R10)
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
