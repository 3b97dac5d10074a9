package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * R23 end to end through the real wiring, as the README walks it on the embedded default: the demo
 * contact asks from the subscription's page, the demo partner's webhook and feed get {@code request.created}, the
 * partner resolves it through the API, the contact sees it DONE and gets REQUEST_RESOLVED in the mailbox.
 */
class RequestLoopSystemTest {

    @Test
    void R23_theDemoContactAsksThePartnerAnswersAndTheContactSeesItDone() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "requests-");
        Map<String, String> env = new HashMap<>(Map.of("PORTAL_DATA_DIR", dataDir.toString(),
                "PORTAL_WEBHOOK_ALLOW_PRIVATE", "true"));
        try (WebhookReceiver receiver = new WebhookReceiver();
             RunningPortal portal = new RunningPortal(env)) {
            String key = portal.demoKey.orElseThrow();
            assertThat(portal.call("POST", "/api/v1/webhook-endpoints", key, Map.of("url", receiver.url(),
                    "events", List.of("request.created", "request.resolved"))).status()).isEqualTo(201);
            String en = null;
            for (JsonNode s : portal.call("GET", "/api/v1/subscriptions?status=ACTIVE", key, null).json().get("items")) {
                if (s.get("kind").asText().equals("PRODUCT")) {
                    en = s.get("entitlementNumber").asText();
                    break;
                }
            }
            assertThat(en).isNotNull();

            PortalVisitor demo = new PortalVisitor(portal.url(""));
            demo.signInThroughTheMailbox("demo@example.com");
            String ask = "/subscriptions/" + en + "/requests";
            // from the subscription's page, as the README walks it: the page comes back with the request
            PortalVisitor.Page sent = demo.submit("/subscriptions/" + en, ask, Map.of("kind", "CHANGE",
                    "plan", "ENTERPRISE", "userTier", "200", "message", "We are growing", "return", "details"));
            assertThat(sent.html()).contains("Your request is sent to your billing partner.",
                    "Requests to your billing partner", "We are growing", "Ask your billing partner");

            assertThat(eventually(() -> receiver.hits().stream().anyMatch(h -> h.body().contains("\"request.created\""))))
                    .isTrue();
            JsonNode feed = portal.call("GET", "/api/v1/events?type=request.created", key, null).json().get("items");
            String id = feed.get(feed.size() - 1).get("data").get("request").get("id").asText();
            assertThat(portal.call("GET", "/api/v1/requests?status=OPEN", key, null).json().get("items").get(0)
                    .get("id").asText()).isEqualTo(id);

            RunningPortal.Reply done = portal.call("POST", "/api/v1/requests/" + id + "/resolution", key,
                    Map.of("status", "DONE", "note", "Enterprise, 200 users from today"));
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(eventually(() -> receiver.hits().stream().anyMatch(h -> h.body().contains("\"request.resolved\""))))
                    .isTrue();
            assertThat(demo.get("/requests").html()).contains("Done", "Enterprise, 200 users from today");
            assertThat(eventually(() -> demo.get("/dev/mailbox").html().contains("is done"))).isTrue();
        }
    }

    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return condition.getAsBoolean();
    }
}
