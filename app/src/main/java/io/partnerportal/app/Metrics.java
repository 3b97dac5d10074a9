package io.partnerportal.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.partnerportal.core.application.DeliveryTally;
import io.prometheus.metrics.core.metrics.Info;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.webhook.EventTypes;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.WebhookDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code /metrics} shows (Prometheus text): requests by method, route pattern and status
 * with their latency as a histogram (fixed buckets from 5 ms to 10 s, so that instances add up and
 * a p99 is computed across them); the build ({@code portal_build_info{version,commit}} 1); the JVM (memory, GC, threads, classes), processor and uptime; the
 * connection pool (HikariCP reports to the same registry) and the web server's thread pool once
 * bound; emails attempted, sent, retried and dead by type since this instance started; webhook
 * deliveries sent, retried and dead by event type likewise; and the
 * outbox's pending and dead rows and the age of its oldest pending row (the outbox read once per
 * scrape, and at most once per {@code outboxEvery} however often it is scraped: S7).
 */
final class Metrics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
    /** How often the running portal counts the outbox for {@code /metrics}, at most. */
    static final Duration OUTBOX_EVERY = Duration.ofSeconds(15);
    /** The latency histogram's upper bounds: Prometheus' usual ones, the same on every instance. */
    static final Duration[] LATENCY_BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);
    private final PrometheusMeterRegistry registry;
    private final NotificationDelivery delivery;
    private final Clock clock;
    /**
     * The JVM's meters (memory, collections, threads, classes, CPU, uptime), bound on the first scrape or
     * {@link #bind} (V7: not while the instance starts); null until then.
     */
    private JvmGcMetrics gc;
    /** The outbox as the current scrape read it; null when it could not be read (the gauges show NaN). */
    private volatile NotificationDelivery.Status outbox;
    /** The delivery counts as the current scrape read them. */
    private volatile Map<String, DeliveryTally> tally = Map.of();
    /** The webhook delivery counts as the current scrape read them; none until {@link #webhooks} is bound. */
    private volatile Map<String, DeliveryTally> webhookTally = Map.of();
    private volatile WebhookDelivery webhooks;
    /** The outbox is counted at most this often; scrapes in between show the last count. */
    private final Duration outboxEvery;
    /** When the outbox was last counted; null before the first scrape. */
    private Instant outboxReadAt;

    Metrics(NotificationDelivery delivery, BooleanSupplier databaseReachable) {
        this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), delivery, databaseReachable, Clock.systemUTC(),
                BuildInfo.read());
    }

    /** The outbox counted on every scrape. */
    Metrics(PrometheusMeterRegistry registry, NotificationDelivery delivery, BooleanSupplier databaseReachable,
            Clock clock, BuildInfo build) {
        this(registry, delivery, databaseReachable, clock, Duration.ZERO, build);
    }

    /** The outbox counted every scrape, the build as this jar says it. */
    Metrics(PrometheusMeterRegistry registry, NotificationDelivery delivery, BooleanSupplier databaseReachable,
            Clock clock, Duration outboxEvery) {
        this(registry, delivery, databaseReachable, clock, outboxEvery, BuildInfo.read());
    }

    Metrics(PrometheusMeterRegistry registry, NotificationDelivery delivery, BooleanSupplier databaseReachable,
            Clock clock, Duration outboxEvery, BuildInfo build) {
        this.registry = registry;
        this.delivery = delivery;
        this.clock = clock;
        this.outboxEvery = outboxEvery;
        // an info metric (a Micrometer gauge cannot be named *_info): always 1, the build in its labels
        Info.builder().name("portal_build_info").help("The build this instance runs, by version and commit")
                .labelNames("version", "commit").register(registry.getPrometheusRegistry())
                .setLabelValues(build.version(), build.commit());
        Gauge.builder("portal_outbox_pending", this, Metrics::pending)
                .description("Notifications waiting to be sent").strongReference(true).register(registry);
        Gauge.builder("portal_outbox_dead", this, Metrics::dead)
                .description("Notifications that gave up after their retries").strongReference(true)
                .register(registry);
        Gauge.builder("portal_outbox_oldest_pending_age_seconds", this, Metrics::oldestPendingAge)
                .description("How long the oldest notification still waiting has been queued (0 when none waits)")
                .strongReference(true).register(registry);
        Gauge.builder("portal_database_up", databaseReachable, up -> up.getAsBoolean() ? 1 : 0)
                .description("1 when the database answers").strongReference(true).register(registry);
        for (NotificationType type : NotificationType.values()) {
            emails(type, "portal_emails_attempted", "Emails handed to the mail server", DeliveryTally::attempted);
            emails(type, "portal_emails_sent", "Emails the mail server accepted", DeliveryTally::sent);
            emails(type, "portal_emails_retried", "Failed attempts followed by another try later",
                    DeliveryTally::retried);
            emails(type, "portal_emails_dead", "Emails that gave up", DeliveryTally::dead);
        }
    }

    private synchronized void bindJvm() {
        if (gc != null) {
            return;
        }
        gc = new JvmGcMetrics();
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private void emails(NotificationType type, String name, String description,
                        ToLongFunction<DeliveryTally> count) {
        FunctionCounter.builder(name, this, m -> {
            DeliveryTally t = m.tally.get(type.name());
            return t == null ? 0 : count.applyAsLong(t);
        }).description(description + ", by type, since this instance started").tag("type", type.name())
                .register(registry);
    }

    /** Counts the webhook deliveries of this instance (R20) by event type: sent, retried and dead. */
    void webhooks(WebhookDelivery loop) {
        this.webhooks = loop;
        for (String type : EventTypes.ALL) {
            webhook(type, "portal_webhooks_sent", "Webhook deliveries answered 2xx", DeliveryTally::sent);
            webhook(type, "portal_webhooks_retried", "Failed webhook attempts followed by another try later",
                    DeliveryTally::retried);
            webhook(type, "portal_webhooks_dead", "Webhook deliveries that gave up", DeliveryTally::dead);
        }
    }

    private void webhook(String type, String name, String description, ToLongFunction<DeliveryTally> count) {
        FunctionCounter.builder(name, this, m -> {
            DeliveryTally t = m.webhookTally.get(type);
            return t == null ? 0 : count.applyAsLong(t);
        }).description(description + ", by event type, since this instance started").tag("type", type)
                .register(registry);
    }

    /** Adds meters that another part of the application owns (the web server's thread pool). */
    void bind(MeterBinder binder) {
        bindJvm();
        binder.bindTo(registry);
    }

    private double pending() {
        NotificationDelivery.Status read = outbox;
        return read == null ? Double.NaN : read.pending();
    }

    private double dead() {
        NotificationDelivery.Status read = outbox;
        return read == null ? Double.NaN : read.dead();
    }

    private double oldestPendingAge() {
        NotificationDelivery.Status read = outbox;
        if (read == null) {
            return Double.NaN;
        }
        Instant since = read.oldestPendingSince();
        return since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }

    void request(String method, String route, int status, Duration took) {
        Timer.builder("portal_http_requests")
                .description("HTTP requests by route pattern and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(took);
    }

    /**
     * The Prometheus text, with the outbox counted once for all of its gauges - or not at all when
     * it was counted less than {@code outboxEvery} ago, so a scraper polling fast adds no load.
     */
    String scrape() {
        bindJvm();
        synchronized (this) {
            Instant now = clock.instant();
            if (outboxReadAt == null || !now.isBefore(outboxReadAt.plus(outboxEvery))) {
                outboxReadAt = now;
                try {
                    outbox = delivery.status();
                } catch (RuntimeException unreadable) {
                    LOG.debug("The outbox could not be read for the metrics: {}", unreadable.getMessage());
                    outbox = null;
                }
            }
        }
        tally = delivery.tally();
        WebhookDelivery loop = webhooks;
        if (loop != null) {
            webhookTally = loop.tally();
        }
        return registry.scrape();
    }

    /** Lets go of the JVM's GC notifications. */
    @Override
    public void close() {
        synchronized (this) {
            if (gc != null) {
                gc.close();
            }
        }
    }
}
