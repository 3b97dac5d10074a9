package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The running portal's logs at their most talkative ({@code PORTAL_LOG_LEVEL=TRACE}, the shipped
 * Logback configuration): a request's lines carry its id and client, and no line carries a sign-in
 * token from a path, an API key or a cookie.
 */
class RequestLogsTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void restore() {
        root.detachAppender(captured);
        Logging.apply("text", "INFO");
    }

    private HttpResponse<String> send(RunningPortal portal, String method, String path, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String everything(ILoggingEvent e) {
        return e.getFormattedMessage() + " " + e.getMDCPropertyMap() + " "
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
    }

    @Test
    void aRequestsLinesCarryItsIdAndNoLineCarriesASecret(@TempDir Path data) throws Exception {
        Logging.apply("text", "TRACE");
        captured.start();
        root.addAppender(captured);
        String token = "Zk9sW2xq3mJ0aT5uYy1fQmVzdC1zZWNyZXQtdG9rZW4";
        String cookie = "c2Vzc2lvbi1zZWNyZXQtY29va2llLXZhbHVlLTEyMzQ";
        try (RunningPortal portal = new RunningPortal(Map.of("PORTAL_DATA_DIR", data.toString(),
                "PORTAL_TRUSTED_PROXIES", "127.0.0.0/8, ::1"))) {
            String key = portal.demoKey.orElseThrow();

            HttpResponse<String> listed = send(portal, "GET", "/api/v1/subscriptions",
                    Map.of("Authorization", "Bearer " + key, "X-Request-Id", "edge-4711",
                            "X-Forwarded-For", "198.51.100.23"));
            send(portal, "GET", "/api/v1/subscriptions", Map.of("Authorization", "Bearer " + key + "x"));
            send(portal, "GET", "/login/" + token, Map.of("Cookie", "portal_session=" + cookie));
            send(portal, "POST", "/login/" + token, Map.of("Cookie", "portal_session=" + cookie + "; lang=ja"));
            send(portal, "GET", "/subscriptions", Map.of("Cookie", "portal_session=" + cookie));

            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.headers().firstValue("X-Request-Id")).hasValue("edge-4711");
            List<ILoggingEvent> lines = List.copyOf(captured.list);
            List<ILoggingEvent> ofRequest = lines.stream()
                    .filter(e -> "edge-4711".equals(e.getMDCPropertyMap().get("requestId"))).toList();
            assertThat(ofRequest).isNotEmpty().allSatisfy(e ->
                    assertThat(e.getMDCPropertyMap()).containsEntry("client", "198.51.100.23"));
            assertThat(ofRequest).anyMatch(e -> e.getFormattedMessage().startsWith("GET /api/v1/subscriptions 200"));
            String all = lines.stream().map(RequestLogsTest::everything).collect(Collectors.joining("\n"));
            assertThat(all).contains("/login/{token}").doesNotContain(token, key, cookie);
        }
    }
}
