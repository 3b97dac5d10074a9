package io.partnerportal.core.service;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.in.Cursor;
import io.partnerportal.core.port.in.HistoryItem;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.port.in.PartnerOperations;
import io.partnerportal.core.port.in.SubscriptionView;
import io.partnerportal.core.port.out.SubscriptionRepository;

/** What a partner reads (R12): its subscriptions, keyset-paged, one of them, and its history. */
final class PartnerReads {
    private final Work work;
    private final PartnerAccess access;
    private final SubscriptionRepository subscriptions;
    private final HistoryPages history;

    PartnerReads(Work work, PartnerAccess access, SubscriptionRepository subscriptions, HistoryPages history) {
        this.work = work;
        this.access = access;
        this.subscriptions = subscriptions;
        this.history = history;
    }

    Page<SubscriptionView> list(PartnerOperations.ListSubscriptions c) {
        BillingAccountId account = c.billingAccount() == null ? null
                : access.ownAccount(c.partner(), c.billingAccount(), "billingAccountId").id();
        EntitlementNumber after = c.cursor() == null ? null
                : Fields.single("cursor", () -> EntitlementNumber.parse(c.cursor().parts(1).get(0)));
        return work.tx().read(() -> Page.of(subscriptions.partnerPage(c.partner(), account, c.status(),
                work.today(), after, c.limit() + 1), c.limit(), last -> Cursor.of(last.number().value()),
                work.views()::of));
    }

    SubscriptionView one(PartnerOperations.GetSubscription c) {
        return work.tx().read(() -> work.views().of(access.own(c.partner(), c.subscription())));
    }

    Page<HistoryItem> history(PartnerOperations.ListHistory c) {
        return work.tx().read(() -> history.page(access.own(c.partner(), c.subscription()).number(), c.cursor(),
                c.limit()));
    }
}
