package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.operations.WebhookDelivery;
import io.partnerportal.core.testing.LocalPostgres;
import io.partnerportal.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * R20 and R21 through the real wiring: a partner registers a local receiver (private targets allowed),
 * changes its subscriptions through the API and receives each event signed, in order, retried after a
 * 500, once; the feed lists the same bodies; a restart sends nothing twice; two instances on one
 * PostgreSQL deliver every event exactly once; without the setting, private targets are refused.
 */
class WebhooksSystemTest {

    @Test
    void R20_aLocalReceiverGetsSignedEventsInOrderRetriedAfter500AndNothingTwiceAfterARestart() throws Exception {
        MutableClock clock = MutableClock.at("2026-11-23");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "webhooks-");
        Map<String, String> env = new HashMap<>(Map.of("PORTAL_DATA_DIR", dataDir.toString(),
                "PORTAL_WEBHOOK_ALLOW_PRIVATE", "true"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String key;
            String secret;
            String cancelledBody;
            try (RunningPortal portal = new RunningPortal(env, b -> b.bind(Clock.class).toInstance(clock))) {
                key = portal.demoKey.orElseThrow();
                RunningPortal.Reply registered = portal.call("POST", "/api/v1/webhook-endpoints", key,
                        Map.of("url", receiver.url()));
                assertThat(registered.status()).as(registered.body()).isEqualTo(201);
                secret = registered.json().get("secret").asText();
                String endpoint = registered.json().get("id").asText();
                String en = liveProduct(portal, key);

                receiver.answer(500);
                assertThat(portal.call("PUT", "/api/v1/subscriptions/" + en + "/usage", key,
                        Map.of("activeUsers", 7)).status()).isEqualTo(200);
                RunningPortal.Reply cancel = portal.call("POST", "/api/v1/subscriptions/" + en + "/cancellation", key,
                        Map.of("when", "END_OF_TERM"));
                assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);

                String deliveries = "/api/v1/webhook-endpoints/" + endpoint + "/deliveries";
                // the receiver answers before the loop records the attempt: wait for the record
                assertThat(eventually(() -> receiver.hits().size() == 1 && portal.call("GET", deliveries, key, null)
                        .json().get("items").findValues("attempts").stream().anyMatch(a -> a.asInt() == 1))).isTrue();
                JsonNode failed = portal.call("GET", deliveries, key, null).json().get("items");
                assertThat(failed.get(failed.size() - 1).get("responseCode").asInt()).isEqualTo(500);
                assertThat(failed.get(failed.size() - 1).get("status").asText()).isEqualTo("PENDING");
                assertThat(receiver.hits()).as("the next event waits behind the failed one").hasSize(1);

                clock.advance(Duration.ofMinutes(1));
                assertThat(eventually(() -> receiver.hits().size() == 3)).isTrue();
                List<WebhookReceiver.Hit> hits = receiver.hits();
                assertThat(hits).extracting(WebhookReceiver.Hit::answered).containsExactly(500, 200, 200);
                assertThat(hits.get(1).body()).isEqualTo(hits.get(0).body()).contains("\"type\":\"usage.reported\"");
                assertThat(hits.get(2).body()).contains("\"type\":\"cancellation.scheduled\"").contains(en);
                for (WebhookReceiver.Hit hit : hits) {
                    assertThat(verifies(hit, secret)).as(hit.signature()).isTrue();
                }
                cancelledBody = hits.get(2).body();
                assertThat(eventually(() -> portal.call("GET", "/metrics", null, null).body()
                        .contains("portal_webhooks_sent_total{type=\"cancellation.scheduled\"} 1.0"))).isTrue();
                String metrics = portal.call("GET", "/metrics", null, null).body();
                assertThat(metrics).contains("portal_webhooks_retried_total{type=\"usage.reported\"} 1.0",
                        "portal_webhooks_sent_total{type=\"usage.reported\"} 1.0",
                        "portal_webhooks_sent_total{type=\"cancellation.scheduled\"} 1.0",
                        "portal_webhooks_dead_total{type=\"cancellation.scheduled\"} 0.0");

                RunningPortal.Reply feed = portal.call("GET", "/api/v1/events?type=cancellation.scheduled", key, null);
                assertThat(feed.status()).isEqualTo(200);
                JsonNode items = feed.json().get("items");
                assertThat(items.get(items.size() - 1)).isEqualTo(RunningPortal.JSON.readTree(cancelledBody));
                assertThat(feed.body()).contains(cancelledBody);
            }

            try (RunningPortal again = new RunningPortal(env, b -> b.bind(Clock.class).toInstance(clock))) {
                assertThat(again.get(WebhookDelivery.class).deliverDue().claimed()).isZero();
                assertThat(receiver.hits()).as("nothing sent twice after a restart").hasSize(3);
            }

            Map<String, String> strict = new HashMap<>(env);
            strict.remove("PORTAL_WEBHOOK_ALLOW_PRIVATE");
            try (RunningPortal locked = new RunningPortal(strict, b -> b.bind(Clock.class).toInstance(clock))) {
                for (String url : List.of("http://127.0.0.1/x", "https://10.0.0.1/x", "https://[::1]/x",
                        "https://localhost/x", receiver.url())) {
                    RunningPortal.Reply refused = locked.call("POST", "/api/v1/webhook-endpoints", key,
                            Map.of("url", url));
                    assertThat(refused.status()).as(url + " " + refused.body()).isEqualTo(400);
                    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("url");
                }
                assertThat(receiver.hits()).as("a refused address is never contacted").hasSize(3);
            }
        }
    }

    @Test
    void O4_aTrustedProxysTraceReachesTheEmailAndTheWebhookItsRequestCaused() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "traces-");
        Map<String, String> env = new HashMap<>(Map.of("PORTAL_DATA_DIR", dataDir.toString(),
                "PORTAL_WEBHOOK_ALLOW_PRIVATE", "true", "PORTAL_TRUSTED_PROXIES", "127.0.0.1/32"));
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (WebhookReceiver receiver = new WebhookReceiver(); RunningPortal portal = new RunningPortal(env)) {
            String key = portal.demoKey.orElseThrow();
            assertThat(portal.call("POST", "/api/v1/webhook-endpoints", key, Map.of("url", receiver.url())).status())
                    .isEqualTo(201);
            String account = portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Traced")).json()
                    .get("id").asText();

            RunningPortal.Reply ordered = portal.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account,
                    "product", "jira", "plan", "STANDARD", "billingCycle", "MONTHLY", "userTier", 5,
                    "siteUrl", "traced.atlassian.net", "contacts", List.of(Map.of("email", "ken@traced.example",
                            "name", "Ken", "locale", "en"))), Map.of("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));

            assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
            String echoed = ordered.header("traceparent");
            assertThat(echoed).startsWith("00-" + trace + "-").endsWith("-01");
            assertThat(eventually(() -> !receiver.hits().isEmpty())).isTrue();
            assertThat(receiver.hits().get(0).traceParent()).as("the request's span is the POST's parent")
                    .isEqualTo(echoed);
            Path mail = dataDir.resolve("mail");
            assertThat(eventually(() -> mailTo(mail, "ken@traced.example").size() == 2)).isTrue();
            assertThat(mailTo(mail, "ken@traced.example")).allSatisfy(m -> assertThat(m)
                    .containsPattern("(?m)^traceparent: " + java.util.regex.Pattern.quote(echoed) + "\\r?$"));
        }
    }

    /** The email files written to {@code to}, as text. */
    private static List<String> mailTo(Path dir, String to) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (text.contains("To: Ken <" + to + ">") || text.contains("To: " + to)) {
                    out.add(text);
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void R20_twoInstancesOnPostgresDeliverEveryEventExactlyOnceInFeedOrder() throws Exception {
        try (LocalPostgres db = new LocalPostgres("portal_hooks_"); WebhookReceiver receiver = new WebhookReceiver()) {
            Map<String, String> env = new HashMap<>(Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_DATA_DIR", "target/webhooks-two-instances", "PORTAL_WEBHOOK_ALLOW_PRIVATE", "true"));
            try (RunningPortal a = new RunningPortal(env); RunningPortal b = new RunningPortal(env)) {
                String key = a.get(Administration.class).createPartner(new Administration.CreatePartner("Hooks",
                        "billing@hooks.example")).apiKey();
                assertThat(b.call("POST", "/api/v1/webhook-endpoints", key, Map.of("url", receiver.url())).status())
                        .isEqualTo(201);
                String account = a.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Main")).json()
                        .get("id").asText();
                int orders = 12;
                for (int i = 0; i < orders; i++) {
                    RunningPortal via = i % 2 == 0 ? a : b;
                    assertThat(via.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account,
                            "product", "jira", "plan", "STANDARD", "billingCycle", "MONTHLY", "userTier", 5,
                            "siteUrl", "hooks-" + i + ".atlassian.net", "contacts", List.of(Map.of("email",
                                    "c" + i + "@hooks.example", "name", "C" + i, "locale", "en")))).status())
                            .isEqualTo(201);
                }
                assertThat(eventually(() -> receiver.hits().size() >= orders)).isTrue();
                // both loops keep running; a duplicate would arrive within their next passes
                a.get(WebhookDelivery.class).deliverDue();
                b.get(WebhookDelivery.class).deliverDue();
                List<String> received = new ArrayList<>();
                for (WebhookReceiver.Hit hit : receiver.hits()) {
                    received.add(RunningPortal.JSON.readTree(hit.body()).get("id").asText());
                }
                assertThat(new HashSet<>(received)).as("every event once").hasSize(received.size());
                List<String> feed = new ArrayList<>();
                a.call("GET", "/api/v1/events?limit=200", key, null).json().get("items")
                        .forEach(e -> feed.add(e.get("id").asText()));
                assertThat(received).as("in the feed's order").isEqualTo(feed).hasSize(orders);
            }
        }
    }

    @Test
    void R22_aKeyRevokedThroughOneInstanceIs401OnTheOtherAtOnce() throws Exception {
        try (LocalPostgres db = new LocalPostgres("portal_keys_")) {
            Map<String, String> env = Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_DATA_DIR", "target/keys-two-instances");
            try (RunningPortal a = new RunningPortal(env); RunningPortal b = new RunningPortal(env)) {
                String first = a.get(Administration.class).createPartner(new Administration.CreatePartner("Keys",
                        "billing@keys.example")).apiKey();
                RunningPortal.Reply made = a.call("POST", "/api/v1/api-keys", first, Map.of("name", "rotation"));
                assertThat(made.status()).as(made.body()).isEqualTo(201);
                String second = made.json().get("key").asText();
                assertThat(b.call("GET", "/api/v1/subscriptions", first, null).status()).isEqualTo(200);
                String firstId = first.substring(4, first.indexOf('_', 4));
                assertThat(b.call("DELETE", "/api/v1/api-keys/" + firstId, second, null).status()).isEqualTo(200);
                assertThat(a.call("GET", "/api/v1/subscriptions", first, null).status()).isEqualTo(401);
                assertThat(b.call("GET", "/api/v1/subscriptions", first, null).status()).isEqualTo(401);
                RunningPortal.Reply last = a.call("DELETE", "/api/v1/api-keys/" + made.json().get("id").asText(),
                        second, null);
                assertThat(last.status()).isEqualTo(409);
                JsonNode listed = b.call("GET", "/api/v1/api-keys", second, null).json().get("items");
                assertThat(listed).hasSize(1);
                assertThat(listed.get(0).get("lastUsedAt").isNull()).as("used through both instances").isFalse();
            }
        }
    }

    private static String liveProduct(RunningPortal portal, String key) {
        for (JsonNode s : portal.call("GET", "/api/v1/subscriptions?limit=200", key, null).json().get("items")) {
            if (s.get("kind").asText().equals("PRODUCT") && s.get("status").asText().equals("ACTIVE")
                    && s.get("cancellation").isNull() && s.get("collection").isNull()) {
                return s.get("entitlementNumber").asText();
            }
        }
        throw new AssertionError("the demo data has a live product");
    }

    /** What the README tells partners to do: HMAC-SHA256 of "t.body" with the secret, compared to each v1. */
    private static boolean verifies(WebhookReceiver.Hit hit, String secret) throws Exception {
        String t = null;
        List<String> v1 = new ArrayList<>();
        for (String part : hit.signature().split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = kv[1];
            } else if (kv[0].equals("v1")) {
                v1.add(kv[1]);
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + hit.body()).getBytes(StandardCharsets.UTF_8)));
        return v1.contains(expected);
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
