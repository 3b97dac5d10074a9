package io.partnerportal.core.partner;

import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.PartnerAccess;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.SubscriptionSheets;

/** What a partner reads (R12): its subscriptions, keyset-paged, one of them, and its history. */
public final class PartnerReads {
    private final Work work;
    private final PartnerAccess access;
    private final SubscriptionSheets sheets;
    private final HistoryPages history;

    public PartnerReads(Work work, PartnerAccess access, SubscriptionSheets sheets, HistoryPages history) {
        this.work = work;
        this.access = access;
        this.sheets = sheets;
        this.history = history;
    }

    public Page<SubscriptionView> list(PartnerOperations.ListSubscriptions c) {
        BillingAccountId account = c.billingAccount() == null ? null
                : access.ownAccount(c.partner(), c.billingAccount(), "billingAccountId").id();
        EntitlementNumber after = c.cursor() == null ? null
                : Fields.single("cursor", () -> EntitlementNumber.parse(c.cursor().parts(1).get(0)));
        // reads outside a unit of work: each is one statement, which needs no transaction of its own
        return Page.of(sheets.partnerPage(c.partner(), account, c.status(), work.today(), after, c.limit() + 1),
                c.limit(), last -> Cursor.of(last.subscription().number().value()), work.views()::ofSheets);
    }

    public SubscriptionView one(PartnerOperations.GetSubscription c) {
        return work.views().ofSheet(sheets.find(c.subscription(), work.today(), null)
                .filter(s -> s.subscription().partner().equals(c.partner()))
                .orElseThrow(() -> new NotFoundException("Subscription " + c.subscription())));
    }

    public Page<HistoryItem> history(PartnerOperations.ListHistory c) {
        return history.page(access.own(c.partner(), c.subscription()).number(), c.cursor(), c.limit());
    }
}
