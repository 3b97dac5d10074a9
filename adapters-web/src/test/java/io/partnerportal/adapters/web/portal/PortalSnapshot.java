package io.partnerportal.adapters.web.portal;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.PortalFixture;
import java.util.ArrayList;
import java.util.List;

/**
 * What a customer could change, as stored: every subscription of both partners (each stored field,
 * version included) with its history, the people of the scenario (name, language), and the
 * outbox. Two equal snapshots mean nothing changed.
 */
record PortalSnapshot(List<Object> content) {

    static PortalSnapshot of(TestPortal portal) {
        PortalFixture fx = portal.fx;
        Storage s = fx.storage;
        List<Object> content = new ArrayList<>();
        for (PartnerId p : List.of(portal.s.acme, portal.s.other)) {
            for (Subscription sub : s.subscriptions().partnerPage(p, null, null, fx.clock.today(), null, 100_000)) {
                content.add(sub.state());
                content.add(s.history().page(sub.number(), null, 100_000));
            }
        }
        for (String email : List.of(PortalScenario.KEN, PortalScenario.YUKI, PortalScenario.SAM, "aiko@example.jp")) {
            content.add(s.people().findByEmail(EmailAddress.parse(email)));
            // R18: the emails the person switched off
            content.add(s.people().findByEmail(EmailAddress.parse(email)).map(p -> s.people().switchedOff(p.id())));
        }
        content.add(s.outbox().counts());
        return new PortalSnapshot(content);
    }
}
