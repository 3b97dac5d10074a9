package io.partnerportal.core.service;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.in.Cursor;
import io.partnerportal.core.port.in.HistoryItem;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.port.in.PartnerOperations;
import io.partnerportal.core.port.in.SubscriptionView;
import io.partnerportal.core.port.out.SubscriptionSheets;

/** What a partner reads (R12): its subscriptions, keyset-paged, one of them, and its history. */
final class PartnerReads {
    private final Work work;
    private final PartnerAccess access;
    private final SubscriptionSheets sheets;
    private final HistoryPages history;

    PartnerReads(Work work, PartnerAccess access, SubscriptionSheets sheets, HistoryPages history) {
        this.work = work;
        this.access = access;
        this.sheets = sheets;
        this.history = history;
    }

    Page<SubscriptionView> list(PartnerOperations.ListSubscriptions c) {
        BillingAccountId account = c.billingAccount() == null ? null
                : access.ownAccount(c.partner(), c.billingAccount(), "billingAccountId").id();
        EntitlementNumber after = c.cursor() == null ? null
                : Fields.single("cursor", () -> EntitlementNumber.parse(c.cursor().parts(1).get(0)));
        // reads outside a unit of work: each is one statement, which needs no transaction of its own
        return Page.of(sheets.partnerPage(c.partner(), account, c.status(), work.today(), after, c.limit() + 1),
                c.limit(), last -> Cursor.of(last.subscription().number().value()), work.views()::ofSheets);
    }

    SubscriptionView one(PartnerOperations.GetSubscription c) {
        return work.views().ofSheet(sheets.find(c.subscription(), work.today(), null)
                .filter(s -> s.subscription().partner().equals(c.partner()))
                .orElseThrow(() -> new NotFoundException("Subscription " + c.subscription())));
    }

    Page<HistoryItem> history(PartnerOperations.ListHistory c) {
        return history.page(access.own(c.partner(), c.subscription()).number(), c.cursor(), c.limit());
    }
}
