package io.partnerportal.core.service;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.cancellation.Cancellations;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.notification.Recipients;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.in.SubscriptionView;
import io.partnerportal.core.port.in.SupportOperations;
import io.partnerportal.core.port.out.Storage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Vendor support's use cases: reactivation (R8) is theirs alone. */
final class SupportOperationsService implements SupportOperations {
    private final Storage storage;
    private final Transactions tx;
    private final Lifecycle lifecycle;
    private final Views views;

    SupportOperationsService(Storage storage, Transactions tx, Lifecycle lifecycle, Views views) {
        this.storage = storage;
        this.tx = tx;
        this.lifecycle = lifecycle;
        this.views = views;
    }

    @Override
    public SubscriptionView reactivate(Reactivate command) {
        EntitlementNumber number = Inputs.entitlementNumber(command.entitlementNumber());
        return tx.write(() -> {
            Subscription target = storage.subscriptions().find(number)
                    .orElseThrow(() -> new NotFoundException("Subscription " + number));
            LocalDate today = lifecycle.today();
            SubscriptionGraph graph = lifecycle.graphAround(target);
            Subscription t = graph.get(number);
            List<Subscription> reactivated = Cancellations.reactivate(graph, t, command.includeApps(),
                    new Actor.Support(command.supportKeyId()), lifecycle.now(), today);
            for (Subscription s : reactivated) {
                s.site().ifPresent(site -> lifecycle.refuseIfLiveOnSite(site, List.of(s.product()), s.number(),
                        "meanwhile has another live"));
            }
            lifecycle.store(graph);
            Map<ProductCode, Product> catalogue = views.catalogue();
            String partner = lifecycle.partnerName(t.partner());
            Mail mail = lifecycle.mail();
            mail.sendEach(Recipients.of(reactivated), NotificationType.REACTIVATED, c -> c.withPartner(partner)
                    .withSubscriptions(views.summaries(reactivated, catalogue))
                    .withCancellation(today, List.of(), List.of(), List.of()));
            mail.flush();
            return views.of(t);
        });
    }
}
