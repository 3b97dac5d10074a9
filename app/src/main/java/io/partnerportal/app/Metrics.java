package io.partnerportal.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.partnerportal.core.port.in.NotificationDelivery;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What {@code /metrics} shows (Prometheus text): requests by method, route pattern and status
 * with their latency, and the outbox's pending and dead rows (read when scraped).
 */
final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    Metrics(NotificationDelivery delivery, BooleanSupplier databaseReachable) {
        Gauge.builder("portal_outbox_pending", delivery, d -> d.status().pending())
                .description("Notifications waiting to be sent").strongReference(true).register(registry);
        Gauge.builder("portal_outbox_dead", delivery, d -> d.status().dead())
                .description("Notifications that gave up after their retries").strongReference(true)
                .register(registry);
        Gauge.builder("portal_database_up", databaseReachable, up -> up.getAsBoolean() ? 1 : 0)
                .description("1 when the database answers").strongReference(true).register(registry);
    }

    void request(String method, String route, int status, Duration took) {
        Timer.builder("portal_http_requests")
                .description("HTTP requests by route pattern and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .register(registry)
                .record(took);
    }

    String scrape() {
        return registry.scrape();
    }
}
