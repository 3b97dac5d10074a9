package io.partnerportal.core.partner;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.SubscriptionView;
import java.time.LocalDate;
import java.util.List;

/**
 * What a billing partner does through the REST API (SPEC §5.2). A partner sees and acts only on
 * what it bills (R12); anything else is "not found" (R15), and an id in a request that is unknown
 * or not the partner's is a validation error naming the field. Each command is built by its
 * {@code parse} from what the caller typed, every wrong field named at once.
 */
public interface PartnerOperations extends PartnerQueryCommands, PartnerChangeCommands, PartnerPlanCommands {

    /**
     * @param command the account's name
     * @return the new account
     */
    BillingAccountView createBillingAccount(CreateBillingAccount command);

    /**
     * @param command which page
     * @return the partner's accounts, by name
     */
    Page<BillingAccountView> billingAccounts(ListBillingAccounts command);

    /**
     * @param command what is ordered
     * @return what it created: a collection first, then its included products
     */
    List<SubscriptionView> order(Order command);

    /**
     * @param command which page, optionally of one account and status
     * @return the partner's subscriptions
     */
    Page<SubscriptionView> subscriptions(ListSubscriptions command);

    /**
     * @param command which subscription
     * @return the subscription
     */
    SubscriptionView subscription(GetSubscription command);

    /**
     * @param command the contact to add (R11; assigning a contact twice changes nothing)
     * @return the subscription
     */
    SubscriptionView assignContact(AssignContact command);

    /**
     * @param command the contact to remove (never the last)
     * @return the subscription
     */
    SubscriptionView removeContact(RemoveContact command);

    /**
     * @param command the active users
     * @return the subscription
     */
    SubscriptionView reportUsage(ReportUsage command);

    /**
     * @param command what moves where (R9)
     * @return every subscription moved
     */
    List<SubscriptionView> move(Move command);

    /**
     * @param command the cancellation
     * @return the same answer as {@link #cancel}, changing nothing
     */
    CancellationResult previewCancellation(Cancel command);

    /**
     * @param command the cancellation (R4-R6)
     * @return what it does
     */
    CancellationResult cancel(Cancel command);

    /**
     * @param command the subscription whose cancellation is withdrawn (R7)
     * @return the subscription
     */
    SubscriptionView withdrawCancellation(GetSubscription command);

    /**
     * @param command the site
     * @return the site and the day it moved to the new billing platform
     */
    SiteMigration migrateSite(MigrateSite command);

    /**
     * @param command which subscription, which page
     * @return its history (R14), newest first
     */
    Page<HistoryItem> history(ListHistory command);

    /**
     * R16: changes the plan, user tier or billing cycle at once, or schedules the change for the bill
     * date (replacing one already scheduled); a request that changes nothing changes nothing.
     *
     * @param command which subscription, what, when
     * @return the subscription, with its {@code pendingChange}
     */
    SubscriptionView changePlan(ChangePlan command);

    /**
     * R16: withdraws the change scheduled for the bill date; none scheduled changes nothing.
     *
     * @param command which subscription
     * @return the subscription
     */
    SubscriptionView withdrawPlanChange(GetSubscription command);

    // ---- views ----

    /**
     * @param id   the account's id
     * @param name its name
     */
    record BillingAccountView(String id, String name) {
    }

    /**
     * @param site       the site
     * @param migratedOn the day it moved to the new billing platform
     */
    record SiteMigration(String site, LocalDate migratedOn) {
    }
}
