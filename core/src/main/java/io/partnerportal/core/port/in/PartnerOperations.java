package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.party.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a billing partner does through the REST API (SPEC §5.2). A partner sees and acts only on
 * what it bills (R12); anything else is "not found" (R15), and an id in a request body that is
 * unknown or not the partner's is a validation error naming the field. Inputs arrive as typed
 * and are validated here.
 */
public interface PartnerOperations {

    BillingAccountView createBillingAccount(CreateBillingAccount command);

    Page<BillingAccountView> billingAccounts(ListBillingAccounts command);

    /** Orders a product, app or collection; a collection first, then its included products. */
    List<SubscriptionView> order(Order command);

    Page<SubscriptionView> subscriptions(ListSubscriptions command);

    SubscriptionView subscription(GetSubscription command);

    SubscriptionView assignContact(AssignContact command);

    SubscriptionView removeContact(RemoveContact command);

    SubscriptionView reportUsage(ReportUsage command);

    /** Moves the subscription and what goes with it (R9); returns every moved subscription. */
    List<SubscriptionView> move(Move command);

    /** The same answer as {@link #cancel}, changing nothing. */
    CancellationResult previewCancellation(Cancel command);

    CancellationResult cancel(Cancel command);

    SubscriptionView withdrawCancellation(GetSubscription command);

    SiteMigration migrateSite(MigrateSite command);

    Page<HistoryItem> history(ListHistory command);

    // ---- commands ----

    record CreateBillingAccount(PartnerId partner, String name) {
        public CreateBillingAccount {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record ListBillingAccounts(PartnerId partner, String cursor, Integer limit) {
        public ListBillingAccounts {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record ContactInput(String email, String name, String locale) {
    }

    /**
     * @param startDate               ISO date, today when null
     * @param siteUrl                 for site-scope products and collections, optional
     * @param organization            for organization-scope products, optional
     * @param hostEntitlementNumbers  for apps, required
     */
    record Order(PartnerId partner, String billingAccountId, String product, String plan, String billingCycle,
                 Integer userTier, String startDate, String siteUrl, String organization,
                 List<String> hostEntitlementNumbers, List<ContactInput> contacts) {
        public Order {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record ListSubscriptions(PartnerId partner, String billingAccountId, String status, String cursor,
                             Integer limit) {
        public ListSubscriptions {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record GetSubscription(PartnerId partner, String entitlementNumber) {
        public GetSubscription {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record AssignContact(PartnerId partner, String entitlementNumber, String email, String name, String locale) {
        public AssignContact {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record RemoveContact(PartnerId partner, String entitlementNumber, String email) {
        public RemoveContact {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record ReportUsage(PartnerId partner, String entitlementNumber, Integer activeUsers) {
        public ReportUsage {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record Move(PartnerId partner, String entitlementNumber, String billingAccountId) {
        public Move {
            Objects.requireNonNull(partner, "partner");
        }
    }

    /** {@code when}: END_OF_TERM (default when null) or IMMEDIATE; {@code keepProducts}: for collections. */
    record Cancel(PartnerId partner, String entitlementNumber, String when, String reason,
                  List<String> keepProducts) {
        public Cancel {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record MigrateSite(PartnerId partner, String siteUrl) {
        public MigrateSite {
            Objects.requireNonNull(partner, "partner");
        }
    }

    record ListHistory(PartnerId partner, String entitlementNumber, String cursor, Integer limit) {
        public ListHistory {
            Objects.requireNonNull(partner, "partner");
        }
    }

    // ---- views ----

    record BillingAccountView(String id, String name) {
    }

    record SiteMigration(String site, LocalDate migratedOn) {
    }
}
