package io.partnerportal.core.partner;

import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.util.Objects;

/**
 * Commands of {@link PartnerOperations} (read as {@code PartnerOperations.GetSubscription}...):
 * creating billing accounts and reading what the partner bills. Each is built by its {@code parse}
 * from what the caller typed, every wrong field named at once.
 */
public interface PartnerQueryCommands {
    /**
     * @param partner the partner
     * @param name    the account's name
     */
    record CreateBillingAccount(PartnerId partner, DisplayName name) {
        /**
         * Checks that both parts are present.
         *
         * @param partner the partner
         * @param name    the account's name
         */
        public CreateBillingAccount {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(name, "name");
        }

        /**
         * @param partner the partner
         * @param name as typed
         * @return the command
         */
        public static CreateBillingAccount parse(PartnerId partner, String name) {
            return new CreateBillingAccount(partner, Fields.single("name", () -> new DisplayName(name)));
        }
    }

    /**
     * @param partner the partner
     * @param cursor  where the previous page ended, or null
     * @param limit   the page size
     */
    record ListBillingAccounts(PartnerId partner, Cursor cursor, int limit) {
        /**
         * Checks the partner.
         *
         * @param partner the partner
         * @param cursor  where the previous page ended, or null
         * @param limit   the page size
         */
        public ListBillingAccounts {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param cursor as typed
         * @param limit as typed
         * @return the command
         */
        public static ListBillingAccounts parse(PartnerId partner, String cursor, Integer limit) {
            Fields f = new Fields();
            ListBillingAccounts c = new ListBillingAccounts(partner, Inputs.cursor(f, cursor), Inputs.limit(f, limit));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner        the partner
     * @param billingAccount only this account's, or null
     * @param status         only with this status today (R2), or null
     * @param cursor         where the previous page ended, or null
     * @param limit          the page size
     */
    record ListSubscriptions(PartnerId partner, BillingAccountId billingAccount, SubscriptionStatus status,
                             Cursor cursor, int limit) {
        /**
         * Checks the partner.
         *
         * @param partner        the partner
         * @param billingAccount only this account's, or null
         * @param status         only with this status today (R2), or null
         * @param cursor         where the previous page ended, or null
         * @param limit          the page size
         */
        public ListSubscriptions {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner          the partner
         * @param billingAccountId as typed, or null
         * @param status           as typed, or null
         * @param cursor           as typed, or null
         * @param limit            as typed, or null
         * @return the command
         */
        public static ListSubscriptions parse(PartnerId partner, String billingAccountId, String status, String cursor,
                                              Integer limit) {
            Fields f = new Fields();
            ListSubscriptions c = new ListSubscriptions(partner,
                    f.optional("billingAccountId", billingAccountId, BillingAccountId::parse),
                    Inputs.optionalEnum(f, "status", SubscriptionStatus.class, status, null),
                    Inputs.cursor(f, cursor), Inputs.limit(f, limit));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     */
    record GetSubscription(PartnerId partner, EntitlementNumber subscription) {
        /**
         * Checks the partner.
         *
         * @param partner      the partner
         * @param subscription the subscription
         */
        public GetSubscription {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @return the command
         */
        public static GetSubscription parse(PartnerId partner, String entitlementNumber) {
            return new GetSubscription(partner, Fields.single(Inputs.ENTITLEMENT_NUMBER,
                    () -> EntitlementNumber.parse(entitlementNumber)));
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param cursor       where the previous page ended, or null
     * @param limit        the page size
     */
    record ListHistory(PartnerId partner, EntitlementNumber subscription, Cursor cursor, int limit) {
        /**
         * Checks the partner.
         *
         * @param partner      the partner
         * @param subscription the subscription
         * @param cursor       where the previous page ended, or null
         * @param limit        the page size
         */
        public ListHistory {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param cursor            as typed, or null
         * @param limit             as typed, or null
         * @return the command
         */
        public static ListHistory parse(PartnerId partner, String entitlementNumber, String cursor, Integer limit) {
            Fields f = new Fields();
            ListHistory c = new ListHistory(partner, Inputs.entitlementNumber(f, entitlementNumber),
                    Inputs.cursor(f, cursor), Inputs.limit(f, limit));
            f.throwIfAny();
            return c;
        }
    }
}
