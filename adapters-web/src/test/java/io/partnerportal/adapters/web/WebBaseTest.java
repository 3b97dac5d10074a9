package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.error.UnavailableException;
import io.partnerportal.core.partner.PartnerOperations;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared base: security headers on every answer, no server version, problem+json for
 * Javalin's own 404 and 405 and for failures, one access-log line per request without secrets.
 */
class WebBaseTest {
    private TestApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    private static void assertSecurityHeaders(TestApi.Reply r) {
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(r.header("Server")).isNull();
        assertThat(r.header("X-Powered-By")).isNull();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerHeader() {
        api = TestApi.start();
        Scenario s = new Scenario(api);

        TestApi.Reply ok = api.get(Scenario.subscription(s.jira), s.key());
        TestApi.Reply unauthorized = api.get("/api/v1/subscriptions", null);
        TestApi.Reply notFound = api.get("/api/v1/nowhere", s.key());
        TestApi.Reply document = api.get("/api/v1/openapi.json", null);

        for (TestApi.Reply r : new TestApi.Reply[]{ok, unauthorized, notFound, document}) {
            assertSecurityHeaders(r);
        }
        assertThat(ok.header("Cache-Control")).isEqualTo("no-store");
        assertThat(unauthorized.header("Cache-Control")).isEqualTo("no-store");
        assertThat(document.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        api = TestApi.start();
        Scenario s = new Scenario(api);

        TestApi.Reply r = api.get("/api/v1/invoices", s.key());

        HostileRequestTest.assertProblem(r, 404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anotherMethodOnAKnownRouteIsA405ProblemWithAllow() {
        api = TestApi.start();
        Scenario s = new Scenario(api);

        TestApi.Reply r = api.request("PATCH", Scenario.subscription(s.jira)).key(s.key()).json("{}").send();

        HostileRequestTest.assertProblem(r, 405);
        assertThat(r.code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(r.header("Allow")).isEqualTo("GET");
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatShowsNothingOfIt() {
        api = TestApi.start(ports -> withPartnerOperations(ports, failing(new IllegalStateException(
                "connection to db.internal:5432 refused for user portal"))), s -> s);
        Scenario s = new Scenario(api);

        TestApi.Reply r = api.get("/api/v1/subscriptions", s.key());

        HostileRequestTest.assertProblem(r, 500);
        assertThat(r.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(r.body()).doesNotContain("db.internal", "IllegalState", "portal\"");
        assertSecurityHeaders(r);
    }

    @Test
    void anUnavailableStoreIsA503Problem() {
        api = TestApi.start(ports -> withPartnerOperations(ports, failing(new UnavailableException(
                "pool exhausted at db.internal", null))), s -> s);
        Scenario s = new Scenario(api);

        TestApi.Reply r = api.post("/api/v1/orders", s.key(), EveryRoute.order(s, "fresh"));

        HostileRequestTest.assertProblem(r, 503);
        assertThat(r.code()).isEqualTo("UNAVAILABLE");
        assertThat(r.body()).doesNotContain("db.internal");
    }

    @Test
    void everyUnavailableAnswerSaysWhenToRetryAndCarriesItsCode() {
        api = TestApi.start(ports -> withPartnerOperations(ports, failing(new UnavailableException(
                "pool exhausted at db.internal", null))), s -> s);
        Scenario s = new Scenario(api);

        for (TestApi.Reply r : List.of(api.post("/api/v1/orders", s.key(), EveryRoute.order(s, "fresh")),
                api.get("/api/v1/subscriptions", s.key()), api.get(Scenario.subscription(s.jira), s.key()))) {
            HostileRequestTest.assertProblem(r, 503);
            assertThat(r.code()).isEqualTo("UNAVAILABLE");
            assertThat(r.header("Retry-After")).isEqualTo("30");
        }
    }

    @Test
    void eachRequestLogsOneLineWithTheRoutePatternAndNoSecret() {
        api = TestApi.start();
        Scenario s = new Scenario(api);

        api.put(Scenario.subscription(s.jira) + "/contacts/aiko@example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"ja\"}");
        api.get("/api/v1/subscriptions", "wrong-key");
        api.get("/api/v1/nowhere", s.key());

        assertThat(api.accessLog).hasSize(3);
        assertThat(api.accessLog.get(0))
                .matches("PUT /api/v1/subscriptions/\\{entitlementNumber}/contacts/\\{email} 200 [0-9.]+ms");
        assertThat(api.accessLog.get(1)).matches("GET /api/v1/subscriptions 401 [0-9.]+ms");
        assertThat(api.accessLog.get(2)).matches("GET - 404 [0-9.]+ms");
        assertThat(String.join("\n", api.accessLog)).doesNotContain("aiko", s.jira.entitlementNumber(), s.key(),
                "wrong-key", "nowhere");
    }

    private static WebPorts withPartnerOperations(WebPorts p, PartnerOperations partners) {
        return new WebPorts(partners, p.supportOperations(), p.apiAuthentication(), p.idempotency(),
                p.customerPortal(), p.signIn(), p.devMailbox(), p.partnerIntegrations());
    }

    /** Partner operations whose every call fails with {@code failure}. */
    private static PartnerOperations failing(RuntimeException failure) {
        return (PartnerOperations) Proxy.newProxyInstance(WebBaseTest.class.getClassLoader(),
                new Class<?>[]{PartnerOperations.class}, (proxy, method, args) -> {
                    throw failure;
                });
    }

    @Test
    void aMethodOverrideHeaderIsRefusedAndChangesNothing() {
        api = TestApi.start();
        Scenario s = new Scenario(api);
        api.post(Scenario.subscription(s.jira) + "/cancellation", s.key(), "{}");
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.request("POST", Scenario.subscription(s.jira) + "/cancellation").key(s.key())
                .header("X-HTTP-Method-Override", "DELETE").json("{}").send();

        HostileRequestTest.assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("X-HTTP-Method-Override");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void japaneseTextComesBackAsSent() {
        api = TestApi.start();
        Scenario s = new Scenario(api);

        TestApi.Reply r = api.put(Scenario.subscription(s.jira) + "/contacts/kenta@example.jp", s.key(),
                "{\"name\":\"\u5065\u592a <b>\",\"locale\":\"ja\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("contacts").get(2).path("name").asText()).isEqualTo("\u5065\u592a <b>");
    }
}
