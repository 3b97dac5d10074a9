package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.InMemoryRateLimitCounter;
import io.partnerportal.core.testing.PortalFixture;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Each request has an id: the one a trusted proxy sent when it is a sane token, else a new one;
 * echoed in {@code X-Request-Id} and in the MDC of every log line written while the request is
 * handled (captured here with a Logback appender), and gone from the MDC once it is answered.
 */
class RequestIdTest {
    private static final TrustedProxies LOOPBACK = TrustedProxies.parse("127.0.0.0/8, ::1");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level rootLevel = root.getLevel();
    private WebApp app;
    private PortalFixture fx;

    private void start(TrustedProxies proxies, PartnerOperations partners) {
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.INFO);
        fx = PortalFixture.on("2026-11-23");
        WebPorts ports = TestApi.ports(fx.core);
        if (partners != null) {
            ports = new WebPorts(partners, ports.supportOperations(), ports.apiAuthentication(), ports.idempotency(),
                    ports.customerPortal(), ports.signIn(), ports.devMailbox(), ports.partnerIntegrations());
        }
        app = WebApp.create(TestApi.defaults().withTrustedProxies(proxies), ports, Operations.unmonitored(),
                new InMemoryRateLimitCounter(), fx.clock).start();
    }

    @AfterEach
    void stop() {
        app.stop();
        root.detachAppender(captured);
        root.setLevel(rootLevel);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(10));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<ILoggingEvent> linesOf(String requestId) {
        return captured.list.stream().filter(e -> requestId.equals(e.getMDCPropertyMap().get("requestId"))).toList();
    }

    @Test
    void everyLineOfARequestCarriesItsIdWhichIsEchoed() throws Exception {
        PartnerOperations failing = (PartnerOperations) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{PartnerOperations.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("boom");
                });
        start(TrustedProxies.none(), failing);
        String key = fx.partner("Logged").apiKey();

        HttpResponse<String> failed = get("/api/v1/billing-accounts", Map.of("Authorization", "Bearer " + key));
        HttpResponse<String> other = get("/health/live", Map.of());

        String id = failed.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(other.headers().firstValue("X-Request-Id")).isPresent().isNotEqualTo(java.util.Optional.of(id));
        assertThat(linesOf(id)).extracting(ILoggingEvent::getLoggerName)
                .as("the access line and the error line of the request").hasSize(2)
                .anyMatch(name -> name.endsWith("AccessLog")).anyMatch(name -> name.endsWith("ErrorMapping"));
        assertThat(linesOf(id)).allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsKey("client"));
    }

    @Test
    void aTrustedProxysSaneIdIsKept() throws Exception {
        start(LOOPBACK, null);

        HttpResponse<String> r = get("/health/live", Map.of("X-Request-Id", "lb-7f3a9c.001"));

        assertThat(r.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a9c.001");
        assertThat(linesOf("lb-7f3a9c.001")).hasSize(1);
        HttpResponse<String> insane = get("/health/live", Map.of("X-Request-Id", "a b <script>"));
        assertThat(insane.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void aForgedIdFromAnUntrustedPeerIsReplaced() throws Exception {
        start(TrustedProxies.parse("10.0.0.0/8"), null);

        HttpResponse<String> r = get("/health/live", Map.of("X-Request-Id", "forged-by-client"));

        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).isNotEqualTo("forged-by-client").matches("[0-9a-f-]{36}");
        assertThat(linesOf("forged-by-client")).isEmpty();
        assertThat(linesOf(id)).hasSize(1);
    }

    @Test
    void A3_aProblemNamesTheRequestItAnswers() throws Exception {
        start(LOOPBACK, null);

        HttpResponse<String> unauthenticated = get("/api/v1/subscriptions", Map.of());
        HttpResponse<String> viaProxy = get("/api/v1/subscriptions", Map.of("X-Request-Id", "lb-7f3a9c.002"));

        assertThat(TestApi.JSON.readTree(unauthenticated.body()).path("requestId").asText())
                .isEqualTo(unauthenticated.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(TestApi.JSON.readTree(viaProxy.body()).path("requestId").asText()).isEqualTo("lb-7f3a9c.002");
    }

    @Test
    void A3_aRequestRefusedBeforeTheRoutesGetsAnIdToo() throws Exception {
        start(TrustedProxies.none(), null);

        String response;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/v1/subscriptions/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(response).startsWith("HTTP/1.1 400");
        java.util.regex.Matcher header = java.util.regex.Pattern.compile("(?im)^X-Request-Id: (\\S+)$").matcher(response);
        assertThat(header.find()).as(response).isTrue();
        assertThat(response).contains("\"requestId\":\"" + header.group(1) + "\"");
    }

    @Test
    void O4_aTrustedProxysTraceIsContinuedInEveryLineAndEchoedWithThisRequestsSpan() throws Exception {
        start(LOOPBACK, null);
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";

        HttpResponse<String> r = get("/health/live", Map.of("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));

        String echoed = r.headers().firstValue("traceparent").orElseThrow();
        assertThat(echoed).matches("00-" + trace + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(linesOf(id)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getMDCPropertyMap()).containsEntry("trace_id", trace);
            assertThat(e.getMDCPropertyMap()).containsEntry("span_id", echoed.substring(36, 52));
        });
    }

    @Test
    void O4_aTraceFromAnUntrustedPeerOrMalformedStartsANewOne() throws Exception {
        start(TrustedProxies.parse("10.0.0.0/8"), null);
        String forged = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        HttpResponse<String> untrusted = get("/health/live", Map.of("traceparent", forged));
        HttpResponse<String> none = get("/health/live", Map.of());

        for (HttpResponse<String> r : List.of(untrusted, none)) {
            String echoed = r.headers().firstValue("traceparent").orElseThrow();
            assertThat(echoed).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00").doesNotContain("4bf92f3577b34da6");
            String id = r.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(linesOf(id)).allSatisfy(e -> assertThat(e.getMDCPropertyMap())
                    .containsEntry("trace_id", echoed.substring(3, 35)));
        }
        assertThat(untrusted.headers().firstValue("traceparent"))
                .isNotEqualTo(none.headers().firstValue("traceparent"));
    }
}
