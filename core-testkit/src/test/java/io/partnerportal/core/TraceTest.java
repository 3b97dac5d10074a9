package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.NotificationSender.Outgoing;
import io.partnerportal.core.testing.PortalFixture;
import io.partnerportal.core.testing.RecordingWebhookSender.Post;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.4 O4: the emails and webhook deliveries a request queues carry its trace to the mail
 * server and the partner's endpoint, however much later they are sent; what no traced request
 * queued carries none, and a malformed trace is not kept.
 */
class TraceTest {
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private final PortalFixture fx = PortalFixture.on("2026-05-01");
    private PartnerId partner;
    private String account;

    @BeforeEach
    void setUp() {
        partner = PortalFixture.id(fx.partner("Acme Billing"));
        account = fx.account(partner, "Main");
        fx.core.partnerIntegrations().registerEndpoint(PartnerIntegrations.RegisterEndpoint.parse(partner,
                "https://hooks.acme.example/portal", null));
    }

    @Test
    void O4_whatARequestQueuesCarriesItsTraceToTheMailServerAndTheEndpoint() {
        String[] en = new String[1];
        fx.inTrace(TRACE, () -> en[0] = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp")
                .placeOne().entitlementNumber());
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, en[0], "END_OF_TERM", null, null));

        fx.deliverAll();
        fx.core.webhookDelivery().deliverDue();
        fx.core.webhookDelivery().deliverDue();

        assertThat(fx.mail.sent()).filteredOn(o -> o.content().type().name().equals("WELCOME")
                || o.content().type().name().equals("PRODUCT_ORDERED")).hasSize(2)
                .extracting(Outgoing::traceParent).containsOnly(TRACE);
        assertThat(fx.mail.sent()).filteredOn(o -> o.content().type().name().equals("CANCELLATION_SCHEDULED"))
                .isNotEmpty().extracting(Outgoing::traceParent).containsOnlyNulls();
        assertThat(fx.webhooks.posts()).extracting(Post::traceParent).containsExactly(TRACE, null);
    }

    @Test
    void O4_aMalformedTraceIsNotKept() {
        fx.inTrace("00-not-a-trace\r\nX: y", () -> fx.order(partner, account, "jira").site("acme")
                .contact("ken@example.jp").placeOne());

        fx.deliverAll();
        fx.core.webhookDelivery().deliverDue();

        assertThat(fx.mail.sent()).isNotEmpty().extracting(Outgoing::traceParent).containsOnlyNulls();
        assertThat(fx.webhooks.posts()).isNotEmpty().extracting(Post::traceParent).containsOnlyNulls();
    }
}
