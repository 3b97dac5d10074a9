package io.partnerportal.core.partner;

import io.partnerportal.core.application.Graphs;
import io.partnerportal.core.application.PartnerAccess;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.Moves;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.BillingAccountRepository;
import java.util.List;

/** A partner moves a subscription, with what goes with it, to another of its billing accounts (R9). */
public final class MoveSubscription {
    private final Work work;
    private final Graphs graphs;
    private final PartnerAccess partners;
    private final BillingAccountRepository accounts;

    public MoveSubscription(Work work, Graphs graphs, PartnerAccess partners, BillingAccountRepository accounts) {
        this.work = work;
        this.graphs = graphs;
        this.partners = partners;
        this.accounts = accounts;
    }

    public List<SubscriptionView> move(PartnerOperations.Move c) {
        return work.tx().write(changes -> {
            Subscription target = partners.own(c.partner(), c.subscription());
            BillingAccount to = partners.ownAccount(c.partner(), c.billingAccount(), "billingAccountId");
            Moves.refusal(target, work.today()).ifPresent(r -> {
                throw r.exception();
            });
            SubscriptionGraph graph = graphs.around(target);
            List<Subscription> moving = Moves.whatMoves(graph, graph.get(target.number()), work.today());
            BillingAccount from = accounts.find(target.billingAccount()).orElseThrow();
            changes.commit(Moves.move(moving, from, to, work.act(new Actor.Partner(c.partner()))), moving);
            return work.views().of(moving);
        });
    }
}
