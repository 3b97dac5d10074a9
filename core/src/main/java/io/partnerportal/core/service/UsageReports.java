package io.partnerportal.core.service;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.in.PartnerOperations;
import io.partnerportal.core.port.in.SubscriptionView;
import java.util.List;

/** A partner reports a subscription's active users; the same number again changes nothing. */
final class UsageReports {
    private final Work work;
    private final PartnerAccess access;

    UsageReports(Work work, PartnerAccess access) {
        this.work = work;
        this.access = access;
    }

    SubscriptionView report(PartnerOperations.ReportUsage c) {
        return work.tx().write(changes -> {
            Subscription s = access.own(c.partner(), c.subscription());
            changes.commit(s.reportUsage(c.activeUsers(), work.act(new Actor.Partner(c.partner()))), List.of(s));
            return work.views().of(s);
        });
    }
}
