package io.partnerportal.adapters.web;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.PortalFixture;
import java.util.ArrayList;
import java.util.List;

/**
 * What the partners' data looks like in storage: their billing accounts, every stored field of
 * their subscriptions (version included), each subscription's history, the outbox and the
 * idempotency records of the keys given. Two equal snapshots mean nothing changed.
 */
record StorageSnapshot(List<Object> content) {

    static StorageSnapshot of(PortalFixture fx, List<PartnerId> partners, List<String> idempotencyKeys) {
        Storage s = fx.storage;
        List<Object> content = new ArrayList<>();
        for (PartnerId p : partners) {
            content.add(s.billingAccounts().page(p, null, 100_000));
            List<Subscription> subscriptions = s.subscriptions().partnerPage(p, null, null, fx.clock.today(), null,
                    100_000);
            for (Subscription sub : subscriptions) {
                content.add(sub.state());
                content.add(s.history().page(sub.number(), null, 100_000));
            }
            for (String key : idempotencyKeys) {
                content.add(s.idempotency().find(Idempotency.Call.scopeOf(p), key));
            }
        }
        content.add(s.outbox().counts());
        return new StorageSnapshot(content);
    }
}
