package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.Housekeeping;
import io.partnerportal.core.partner.PartnerIntegrations.DeliveryView;
import io.partnerportal.core.partner.PartnerIntegrations.EndpointView;
import io.partnerportal.core.partner.PartnerIntegrations.EventView;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.PortalFixture;
import io.partnerportal.core.testing.RecordingWebhookSender.Post;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R20 webhooks and R21 the events feed, through the core's ports on the in-memory fakes. */
class WebhooksTest {
    private PortalFixture fx;
    private PartnerId partner;
    private String account;
    private PartnerIntegrations integrations;

    @BeforeEach
    void setUp() {
        fx = PortalFixture.on("2026-05-01");
        partner = PortalFixture.id(fx.partner("Acme Billing"));
        account = fx.account(partner, "Main");
        integrations = fx.core.partnerIntegrations();
    }

    private EndpointView register(String url, List<String> events) {
        return integrations.registerEndpoint(PartnerIntegrations.RegisterEndpoint.parse(partner, url, events));
    }

    private String orderJira(String site) {
        return fx.order(partner, account, "jira").site(site).contact("ken@example.jp").placeOne().entitlementNumber();
    }

    private void cancel(String en) {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, en, "END_OF_TERM", null, null));
    }

    private DeliveryReport deliver() {
        return fx.core.webhookDelivery().deliverDue();
    }

    @Test
    void R20_everyEventOfThePartnersSubscriptionsIsDeliveredInOrderWithTheFeedsIdAndBody() {
        EndpointView e = register("https://hooks.acme.example/portal", null);
        assertThat(e.secret()).startsWith("whsec_");
        String en = orderJira("acme");
        cancel(en);
        assertThat(fx.webhooks.posts()).as("never on the request path").isEmpty();
        deliver();
        deliver();
        List<Post> posts = fx.webhooks.posts();
        assertThat(posts).hasSize(2);
        assertThat(posts).allSatisfy(p -> assertThat(p.secrets()).containsExactly(e.secret()));
        assertThat(posts.get(0).body()).contains("\"type\":\"subscription.ordered\"").contains(en);
        assertThat(posts.get(1).body()).contains("\"type\":\"cancellation.scheduled\"")
                .contains("\"cancellation\":{\"effectiveOn\":\"2027-05-01\"");
        Page<EventView> feed = integrations.events(PartnerIntegrations.ListEvents.parse(partner, null, null, null));
        assertThat(feed.items()).extracting(EventView::body).containsExactly(posts.get(0).body(), posts.get(1).body());
        assertThat(posts.get(0).body()).startsWith("{\"id\":\"" + feed.items().get(0).id() + "\"");
    }

    @Test
    void R20_anEndpointReceivesOnlyTheTypesItAskedFor() {
        register("https://hooks.acme.example/cancellations", List.of("cancellation.scheduled"));
        String en = orderJira("acme");
        cancel(en);
        deliver();
        assertThat(fx.webhooks.posts()).singleElement()
                .satisfies(p -> assertThat(p.body()).contains("cancellation.scheduled"));
    }

    @Test
    void R20_aFailedDeliveryIsRetriedWithTheEmailsBackoffBlocksLaterOnesAndDiesAfterTheLastTry() {
        EndpointView e = register("https://hooks.acme.example/portal", null);
        fx.webhooks.failWith500();
        String en = orderJira("acme");
        cancel(en);
        assertThat(deliver().retried()).isEqualTo(1);
        assertThat(deliver().claimed()).as("not due, and the next event waits behind it").isZero();
        fx.clock.advance(Duration.ofMinutes(1));
        fx.webhooks.acceptAll();
        assertThat(deliver().sent()).isEqualTo(1);
        assertThat(deliver().sent()).isEqualTo(1);
        assertThat(fx.webhooks.posts()).extracting(p -> p.body().contains("subscription.ordered"))
                .containsExactly(true, false);
        var ordered = fx.core.webhookDelivery().tally().get("subscription.ordered");
        assertThat(ordered.attempted()).isEqualTo(2);
        assertThat(ordered.retried()).isEqualTo(1);
        assertThat(ordered.sent()).isEqualTo(1);

        fx.webhooks.failWith500();
        fx.partners().withdrawCancellation(PartnerOperations.GetSubscription.parse(partner, en));
        for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12))) {
            fx.clock.advance(wait);
            assertThat(deliver().claimed()).isEqualTo(1);
        }
        List<DeliveryView> deliveries = integrations.deliveries(PartnerIntegrations.EndpointRef.parse(partner, e.id()));
        DeliveryView dead = deliveries.get(0);
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.attempts()).isEqualTo(6);
        assertThat(dead.responseCode()).isEqualTo(500);
        assertThat(dead.eventType()).isEqualTo("cancellation.withdrawn");

        fx.webhooks.acceptAll();
        DeliveryView retried = integrations.retryDelivery(PartnerIntegrations.DeliveryRef.parse(partner, e.id(),
                Long.toString(dead.id())));
        assertThat(retried.status()).isEqualTo("PENDING");
        assertThat(deliver().sent()).isEqualTo(1);
        assertThat(fx.webhooks.posts()).hasSize(3);
    }

    @Test
    void R20_aRotatedSecretSignsBesideTheOldOneFor24Hours() {
        EndpointView e = register("https://hooks.acme.example/portal", null);
        EndpointView rotated = integrations.rotateSecret(PartnerIntegrations.EndpointRef.parse(partner, e.id()));
        assertThat(rotated.secret()).isNotEqualTo(e.secret());
        assertThat(rotated.previousSecretExpiresAt()).isEqualTo(fx.clock.instant().plus(Duration.ofHours(24)));
        orderJira("acme");
        deliver();
        assertThat(fx.webhooks.posts().get(0).secrets()).containsExactly(rotated.secret(), e.secret());
        fx.clock.advance(Duration.ofHours(24));
        orderJira("beta");
        deliver();
        assertThat(fx.webhooks.posts().get(1).secrets()).containsExactly(rotated.secret());
        assertThat(integrations.endpoints(partner)).singleElement().satisfies(v -> {
            assertThat(v.secret()).as("shown once").isNull();
            assertThat(v.previousSecretExpiresAt()).isNull();
        });
    }

    @Test
    void R20_unsafeAddressesAreRefusedNamingUrlAndNothingIsStored() {
        for (String url : List.of("http://hooks.acme.example/x", "https://127.0.0.1/x", "https://10.0.0.1/x",
                "https://[::1]/x", "https://localhost/x", "ftp://hooks.acme.example", "not a url")) {
            assertThatThrownBy(() -> register(url, null)).as(url).isInstanceOfSatisfying(ValidationException.class,
                    v -> assertThat(v.errors()).extracting(f -> f.field()).containsExactly("url"));
        }
        assertThatThrownBy(() -> register("https://hooks.acme.example/x", List.of("no.such")))
                .isInstanceOfSatisfying(ValidationException.class,
                        v -> assertThat(v.errors()).extracting(f -> f.field()).containsExactly("events"));
        assertThat(integrations.endpoints(partner)).isEmpty();
    }

    @Test
    void R15_anotherPartnersEndpointDoesNotExist() {
        EndpointView e = register("https://hooks.acme.example/portal", null);
        PartnerId other = PortalFixture.id(fx.partner("Other"));
        var ref = PartnerIntegrations.EndpointRef.parse(other, e.id());
        assertThatThrownBy(() -> integrations.endpoint(ref)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> integrations.deleteEndpoint(ref)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> integrations.rotateSecret(ref)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> integrations.deliveries(ref)).isInstanceOf(NotFoundException.class);
        assertThat(integrations.endpoints(partner)).hasSize(1);
    }

    @Test
    void R20_aDeletedEndpointReceivesNothingMore() {
        EndpointView e = register("https://hooks.acme.example/portal", null);
        orderJira("acme");
        integrations.deleteEndpoint(PartnerIntegrations.EndpointRef.parse(partner, e.id()));
        assertThat(deliver().claimed()).isZero();
        assertThat(fx.webhooks.posts()).isEmpty();
    }

    @Test
    void R21_theFeedIsKeysetPagedOldestFirstFilteredByTypeAndKept30Days() {
        String a = orderJira("acme");
        orderJira("beta");
        cancel(a);
        Page<EventView> first = integrations.events(PartnerIntegrations.ListEvents.parse(partner, null, null, 2));
        assertThat(first.items()).extracting(EventView::type).containsExactly("subscription.ordered",
                "subscription.ordered");
        Page<EventView> second = integrations.events(PartnerIntegrations.ListEvents.parse(partner, first.next(), null,
                2));
        assertThat(second.items()).extracting(EventView::type).containsExactly("cancellation.scheduled");
        assertThat(second.next()).isNull();
        assertThat(integrations.events(PartnerIntegrations.ListEvents.parse(partner, null, "cancellation.scheduled",
                null)).items()).hasSize(1);
        PartnerId other = PortalFixture.id(fx.partner("Other"));
        assertThat(integrations.events(PartnerIntegrations.ListEvents.parse(other, null, null, null)).items()).isEmpty();
        assertThatThrownBy(() -> PartnerIntegrations.ListEvents.parse(partner, "%%%", "nope", 0))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(f -> f.field()).containsExactlyInAnyOrder("after", "type", "limit"));

        fx.clock.advance(Duration.ofDays(30).plusSeconds(1));
        Housekeeping.Report r = fx.core.housekeeping().purgeExpired();
        assertThat(r.partnerEvents()).isEqualTo(3);
        assertThat(integrations.events(PartnerIntegrations.ListEvents.parse(partner, null, null, null)).items())
                .isEmpty();
    }

    @Test
    void R20_aSenderThatThrowsCountsAsAFailedAttempt() {
        register("https://hooks.acme.example/portal", null);
        fx.webhooks.behave(p -> {
            throw new IllegalStateException("boom");
        });
        orderJira("acme");
        DeliveryReport r = deliver();
        assertThat(r.retried()).isEqualTo(1);
        assertThat(fx.webhooks.posts()).isEmpty();
    }
}
