package io.partnerportal.core.partner;

import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.cancellation.KeepProducts;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.util.List;
import java.util.Objects;

/**
 * Commands of {@link PartnerOperations} (read as {@code PartnerOperations.Cancel}...) that change
 * subscriptions an order created. Each is built by its {@code parse} from what the caller typed,
 * every wrong field named at once; what the catalogue and the store say is checked when the command
 * runs.
 */
public interface PartnerChangeCommands extends PartnerOrderCommands {
    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param contact      the contact to add
     */
    record AssignContact(PartnerId partner, EntitlementNumber subscription, Contact contact) {
        /**
         * Checks the partner.
         * @param partner      the partner
         * @param subscription the subscription
         * @param contact      the contact to add
         */
        public AssignContact {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param email             as typed
         * @param name              as typed
         * @param locale            as typed
         * @return the command
         */
        public static AssignContact parse(PartnerId partner, String entitlementNumber, String email, String name,
                                          String locale) {
            return parse(partner, entitlementNumber, new ContactInput(email, name, locale, null));
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param contact           as typed, with its role (R19: none means MANAGER)
         * @return the command
         */
        public static AssignContact parse(PartnerId partner, String entitlementNumber, ContactInput contact) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            Contact c = OrderParsing.contact(f, "", contact);
            f.throwIfAny();
            return new AssignContact(partner, n, c);
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param email        the contact to remove
     */
    record RemoveContact(PartnerId partner, EntitlementNumber subscription, EmailAddress email) {
        /**
         * Checks the partner.
         * @param partner      the partner
         * @param subscription the subscription
         * @param email        the contact to remove
         */
        public RemoveContact {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @param email as typed
         * @return the command
         */
        public static RemoveContact parse(PartnerId partner, String entitlementNumber, String email) {
            Fields f = new Fields();
            RemoveContact c = new RemoveContact(partner, Inputs.entitlementNumber(f, entitlementNumber),
                    f.parse("email", () -> EmailAddress.parse(email)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param activeUsers  the users active, 0 to 10,000,000
     */
    record ReportUsage(PartnerId partner, EntitlementNumber subscription, int activeUsers) {
        /** The most active users a report may name. */
        public static final int MAX_ACTIVE_USERS = 10_000_000;

        /**
         * Checks the partner.
         * @param partner      the partner
         * @param subscription the subscription
         * @param activeUsers  the users active, 0 to 10,000,000
         */
        public ReportUsage {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @param activeUsers as typed
         * @return the command
         */
        public static ReportUsage parse(PartnerId partner, String entitlementNumber, Integer activeUsers) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            Integer users = f.parse("activeUsers", () -> Inputs.inRange(activeUsers, 0, MAX_ACTIVE_USERS));
            f.throwIfAny();
            return new ReportUsage(partner, n, users);
        }
    }

    /**
     * @param partner        the partner
     * @param subscription   the subscription to move, with what goes with it
     * @param billingAccount the partner's account it moves to
     */
    record Move(PartnerId partner, EntitlementNumber subscription, BillingAccountId billingAccount) {
        /**
         * Checks the partner.
         * @param partner        the partner
         * @param subscription   the subscription to move, with what goes with it
         * @param billingAccount the partner's account it moves to
         */
        public Move {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @param billingAccountId as typed
         * @return the command
         */
        public static Move parse(PartnerId partner, String entitlementNumber, String billingAccountId) {
            Fields f = new Fields();
            Move c = new Move(partner, Inputs.entitlementNumber(f, entitlementNumber),
                    f.parse("billingAccountId", () -> BillingAccountId.parse(billingAccountId)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription to cancel
     * @param when         END_OF_TERM or IMMEDIATE
     * @param reason       why, or null
     * @param keepProducts for a collection: the included products that continue standalone
     */
    record Cancel(PartnerId partner, EntitlementNumber subscription, CancellationTiming when,
                  CancellationReason reason, List<ProductCode> keepProducts) {
        /**
         * Copies the list.
         * @param partner      the partner
         * @param subscription the subscription to cancel
         * @param when         END_OF_TERM or IMMEDIATE
         * @param reason       why, or null
         * @param keepProducts for a collection: the included products that continue standalone
         */
        public Cancel {
            Objects.requireNonNull(partner, "partner");
            keepProducts = List.copyOf(keepProducts);
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param when              as typed, END_OF_TERM when null
         * @param reason            as typed, or null
         * @param keepProducts      as typed, or null
         * @return the command
         */
        public static Cancel parse(PartnerId partner, String entitlementNumber, String when, String reason,
                                   List<String> keepProducts) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            CancellationTiming timing = Inputs.optionalEnum(f, "when", CancellationTiming.class, when,
                    CancellationTiming.END_OF_TERM);
            CancellationReason why = Inputs.optionalEnum(f, "reason", CancellationReason.class, reason, null);
            List<ProductCode> keep = f.parse(KeepProducts.FIELD, () -> KeepProducts.codes(keepProducts));
            f.throwIfAny();
            return new Cancel(partner, n, timing, why, keep);
        }
    }

    /**
     * @param partner the partner
     * @param site    the site to move to the new billing platform
     */
    record MigrateSite(PartnerId partner, SiteAddress site) {
        /**
         * Checks the partner.
         * @param partner the partner
         * @param site    the site to move to the new billing platform
         */
        public MigrateSite {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param siteUrl as typed
         * @return the command
         */
        public static MigrateSite parse(PartnerId partner, String siteUrl) {
            return new MigrateSite(partner, Fields.single("siteUrl", () -> SiteAddress.parse(siteUrl)));
        }
    }
}
