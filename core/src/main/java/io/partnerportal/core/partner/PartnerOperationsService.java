package io.partnerportal.core.partner;

import io.partnerportal.core.application.CancelSubscription;
import io.partnerportal.core.application.ContactChanges;
import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.application.SubscriptionView;
import java.util.List;

/** The partner API's port (SPEC §5.2): each operation is one use case. */
public final class PartnerOperationsService implements PartnerOperations {
    private final BillingAccounts accounts;
    private final PlaceOrder orders;
    private final PartnerReads reads;
    private final ContactChanges contacts;
    private final UsageReports usage;
    private final MoveSubscription moves;
    private final CancelSubscription cancellations;
    private final MigrateSites migrations;
    private final ChangePlans plans;

    /** The use cases behind the port. */
    public record UseCases(BillingAccounts accounts, PlaceOrder orders, PartnerReads reads, ContactChanges contacts,
                    UsageReports usage, MoveSubscription moves, CancelSubscription cancellations,
                    MigrateSites migrations, ChangePlans plans) {
    }

    public PartnerOperationsService(UseCases u) {
        this.accounts = u.accounts();
        this.orders = u.orders();
        this.reads = u.reads();
        this.contacts = u.contacts();
        this.usage = u.usage();
        this.moves = u.moves();
        this.cancellations = u.cancellations();
        this.migrations = u.migrations();
        this.plans = u.plans();
    }

    @Override
    public BillingAccountView createBillingAccount(CreateBillingAccount command) {
        return accounts.create(command);
    }

    @Override
    public Page<BillingAccountView> billingAccounts(ListBillingAccounts command) {
        return accounts.list(command);
    }

    @Override
    public List<SubscriptionView> order(Order command) {
        return orders.order(command);
    }

    @Override
    public Page<SubscriptionView> subscriptions(ListSubscriptions command) {
        return reads.list(command);
    }

    @Override
    public SubscriptionView subscription(GetSubscription command) {
        return reads.one(command);
    }

    @Override
    public SubscriptionView assignContact(AssignContact command) {
        return contacts.assign(command);
    }

    @Override
    public SubscriptionView removeContact(RemoveContact command) {
        return contacts.remove(command);
    }

    @Override
    public SubscriptionView reportUsage(ReportUsage command) {
        return usage.report(command);
    }

    @Override
    public List<SubscriptionView> move(Move command) {
        return moves.move(command);
    }

    @Override
    public CancellationResult previewCancellation(Cancel command) {
        return cancellations.byPartner(command, true);
    }

    @Override
    public CancellationResult cancel(Cancel command) {
        return cancellations.byPartner(command, false);
    }

    @Override
    public SubscriptionView withdrawCancellation(GetSubscription command) {
        return cancellations.withdrawByPartner(command);
    }

    @Override
    public SiteMigration migrateSite(MigrateSite command) {
        return migrations.migrate(command);
    }

    @Override
    public SubscriptionView changePlan(ChangePlan command) {
        return plans.change(command);
    }

    @Override
    public SubscriptionView withdrawPlanChange(GetSubscription command) {
        return plans.withdraw(command);
    }

    @Override
    public Page<HistoryItem> history(ListHistory command) {
        return reads.history(command);
    }
}
