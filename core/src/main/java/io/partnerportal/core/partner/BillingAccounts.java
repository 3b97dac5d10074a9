package io.partnerportal.core.partner;

import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.partner.PartnerOperations.BillingAccountView;
import io.partnerportal.core.port.out.BillingAccountRepository;
import java.util.List;

/** A partner's billing accounts: created, and listed by name. */
public final class BillingAccounts {
    private final Work work;
    private final BillingAccountRepository accounts;

    public BillingAccounts(Work work, BillingAccountRepository accounts) {
        this.work = work;
        this.accounts = accounts;
    }

    public BillingAccountView create(PartnerOperations.CreateBillingAccount c) {
        return work.tx().write(changes -> {
            BillingAccount account = new BillingAccount(BillingAccountId.random(), c.partner(), c.name(),
                    work.clock().instant());
            accounts.add(account);
            return view(account);
        });
    }

    public Page<BillingAccountView> list(PartnerOperations.ListBillingAccounts c) {
        BillingAccountRepository.Position after = c.cursor() == null ? null : Fields.single("cursor", () -> {
            List<String> parts = c.cursor().parts(2);
            return new BillingAccountRepository.Position(parts.get(0), BillingAccountId.parse(parts.get(1)));
        });
        return Page.of(accounts.page(c.partner(), after, c.limit() + 1), c.limit(),
                last -> Cursor.of(last.name().value(), last.id().toString()),
                rows -> rows.stream().map(BillingAccounts::view).toList());
    }

    private static BillingAccountView view(BillingAccount a) {
        return new BillingAccountView(a.id().toString(), a.name().value());
    }
}
