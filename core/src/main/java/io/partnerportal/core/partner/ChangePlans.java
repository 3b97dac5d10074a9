package io.partnerportal.core.partner;

import io.partnerportal.core.application.PartnerAccess;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.PlanChanges;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.application.SubscriptionView;
import java.util.List;

/** R16: a partner changes a subscription's plan, user tier or billing cycle, or withdraws a scheduled change. */
public final class ChangePlans {
    private final Work work;
    private final PartnerAccess access;

    public ChangePlans(Work work, PartnerAccess access) {
        this.work = work;
        this.access = access;
    }

    public SubscriptionView change(PartnerOperations.ChangePlan c) {
        return work.tx().write(changes -> {
            Subscription s = access.own(c.partner(), c.subscription());
            changes.commit(PlanChanges.change(s, new PlanChanges.Request(c.plan(), c.userTier(), c.billingCycle(),
                    c.when()), work.act(new Actor.Partner(c.partner()))), List.of(s));
            return work.views().of(s);
        });
    }

    public SubscriptionView withdraw(PartnerOperations.GetSubscription c) {
        return work.tx().write(changes -> {
            Subscription s = access.own(c.partner(), c.subscription());
            changes.commit(PlanChanges.withdraw(s, work.act(new Actor.Partner(c.partner()))), List.of(s));
            return work.views().of(s);
        });
    }
}
