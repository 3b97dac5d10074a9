package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.testing.PortalFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The operators' routes: health follows the database, metrics are the application's text, every request is observed. */
class OperationsRoutesTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthFollowsTheDatabaseAndEveryRequestIsObserved() throws Exception {
        AtomicBoolean database = new AtomicBoolean(true);
        List<String> observed = new CopyOnWriteArrayList<>();
        Operations ops = new Operations(database::get, () -> "portal_requests_total 3\n",
                (method, route, status, took) -> observed.add(method + " " + route + " " + status));
        PortalFixture fx = PortalFixture.on("2026-11-23");
        WebApp app = WebApp.create(TestApi.defaults(), TestApi.ports(fx.core), ops, fx.clock, line -> { })
                .start();
        try {
            HttpResponse<String> up = get(app, "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"UP\"");
            database.set(false);
            HttpResponse<String> down = get(app, "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"DOWN\"");
            HttpResponse<String> metrics = get(app, "/metrics");
            assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(metrics.body()).isEqualTo("portal_requests_total 3\n");
            get(app, "/api/v1/billing-accounts");
            assertThat(observed).contains("GET /health 200", "GET /health 503", "GET /metrics 200",
                    "GET /api/v1/billing-accounts 401");
        } finally {
            app.stop();
        }
    }

    private HttpResponse<String> get(WebApp app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAsksNothingOfTheDatabaseWhileReadinessFollowsItWithRetryAfter() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Operations ops = new Operations(() -> {
            asked.incrementAndGet();
            return ready.get();
        }, () -> "", (method, route, status, took) -> { });
        PortalFixture fx = PortalFixture.on("2026-11-23");
        WebApp app = WebApp.create(TestApi.defaults(), TestApi.ports(fx.core), ops, fx.clock, line -> { }).start();
        try {
            HttpResponse<String> live = get(app, "/health/live");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(asked).as("liveness never asks the database").hasValue(0);

            for (String path : List.of("/health/ready", "/health")) {
                HttpResponse<String> down = get(app, path);
                assertThat(down.statusCode()).as(path).isEqualTo(503);
                assertThat(down.headers().firstValue("Retry-After")).as(path).hasValue("30");
                assertThat(down.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
                assertThat(down.body()).contains("\"DOWN\"");
            }
            ready.set(true);
            for (String path : List.of("/health/ready", "/health")) {
                HttpResponse<String> up = get(app, path);
                assertThat(up.statusCode()).as(path).isEqualTo(200);
                assertThat(up.headers().firstValue("Retry-After")).isEmpty();
            }
            assertThat(get(app, "/health/nothing").headers().firstValue("Content-Type").orElseThrow())
                    .as("an operators' address answers problems, not pages").startsWith("application/problem+json");
        } finally {
            app.stop();
        }
    }

    @Test
    void O3_readinessAnswers503AtOnceOnceStoppingBeganWithoutAskingTheDatabase() throws Exception {
        AtomicBoolean stopping = new AtomicBoolean(false);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Operations ops = new Operations(() -> asked.incrementAndGet() > 0, () -> "", (method, route, status, took) -> { },
                stopping::get);
        PortalFixture fx = PortalFixture.on("2026-11-23");
        WebApp app = WebApp.create(TestApi.defaults(), TestApi.ports(fx.core), ops, fx.clock, line -> { }).start();
        try {
            assertThat(get(app, "/health/ready").statusCode()).isEqualTo(200);
            stopping.set(true);
            int askedBefore = asked.get();
            for (String path : List.of("/health/ready", "/health")) {
                HttpResponse<String> down = get(app, path);
                assertThat(down.statusCode()).as(path).isEqualTo(503);
                assertThat(down.headers().firstValue("Retry-After")).as(path).hasValue("30");
                assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"stopping\":true}");
            }
            assertThat(asked).hasValue(askedBefore);
            assertThat(get(app, "/health/live").statusCode()).as("still alive while it stops").isEqualTo(200);
            assertThat(get(app, "/api/v1/billing-accounts").statusCode()).as("and still serving").isEqualTo(401);
        } finally {
            app.stop();
        }
    }
}
