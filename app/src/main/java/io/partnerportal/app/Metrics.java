package io.partnerportal.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.partnerportal.core.port.in.NotificationDelivery;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code /metrics} shows (Prometheus text): requests by method, route pattern and status
 * with their latency, and the outbox's pending and dead rows (read once when scraped).
 */
final class Metrics {
    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final NotificationDelivery delivery;
    /** The outbox as the current scrape read it; null when it could not be read (the gauges show NaN). */
    private volatile NotificationDelivery.Status outbox;

    Metrics(NotificationDelivery delivery, BooleanSupplier databaseReachable) {
        this.delivery = delivery;
        Gauge.builder("portal_outbox_pending", this, Metrics::pending)
                .description("Notifications waiting to be sent").strongReference(true).register(registry);
        Gauge.builder("portal_outbox_dead", this, Metrics::dead)
                .description("Notifications that gave up after their retries").strongReference(true)
                .register(registry);
        Gauge.builder("portal_database_up", databaseReachable, up -> up.getAsBoolean() ? 1 : 0)
                .description("1 when the database answers").strongReference(true).register(registry);
    }

    private double pending() {
        NotificationDelivery.Status read = outbox;
        return read == null ? Double.NaN : read.pending();
    }

    private double dead() {
        NotificationDelivery.Status read = outbox;
        return read == null ? Double.NaN : read.dead();
    }

    void request(String method, String route, int status, Duration took) {
        Timer.builder("portal_http_requests")
                .description("HTTP requests by route pattern and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .register(registry)
                .record(took);
    }

    /** The Prometheus text, with the outbox counted once for both of its gauges. */
    String scrape() {
        try {
            outbox = delivery.status();
        } catch (RuntimeException unreadable) {
            LOG.debug("The outbox could not be read for the metrics: {}", unreadable.getMessage());
            outbox = null;
        }
        return registry.scrape();
    }
}
