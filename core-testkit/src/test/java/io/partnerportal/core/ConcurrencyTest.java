package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent commands settle to one outcome (SPEC §4); the persistence adapter proves it on a real database. */
class ConcurrencyTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");

    @Test
    void twoConcurrentCancelsGiveOneCancellationAndOneSetOfEmails() throws Exception {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        String jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        fx.deliverAll();
        fx.mail.clear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Object>> cancels = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                cancels.add(() -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "END_OF_TERM",
                        null, null)));
            }
            for (Future<Object> f : pool.invokeAll(cancels)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.CANCELLATION_SCHEDULED);
    }
}
