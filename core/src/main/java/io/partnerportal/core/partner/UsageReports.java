package io.partnerportal.core.partner;

import io.partnerportal.core.application.PartnerAccess;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.application.SubscriptionView;
import java.util.List;

/** A partner reports a subscription's active users; the same number again changes nothing. */
public final class UsageReports {
    private final Work work;
    private final PartnerAccess access;

    public UsageReports(Work work, PartnerAccess access) {
        this.work = work;
        this.access = access;
    }

    public SubscriptionView report(PartnerOperations.ReportUsage c) {
        return work.tx().write(changes -> {
            Subscription s = access.own(c.partner(), c.subscription());
            changes.commit(s.reportUsage(c.activeUsers(), work.act(new Actor.Partner(c.partner()))), List.of(s));
            return work.views().of(s);
        });
    }
}
