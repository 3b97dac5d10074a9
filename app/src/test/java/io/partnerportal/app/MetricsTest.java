package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.DeliveryTally;
import io.partnerportal.core.operations.NotificationDelivery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The outbox gauges: one count of the outbox per scrape, shown as pending and dead. */
class MetricsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private Supplier<Map<String, DeliveryTally>> tally = Map::of;

    private NotificationDelivery outbox(Supplier<NotificationDelivery.Status> status) {
        return new NotificationDelivery() {
            @Override
            public DeliveryReport deliverDue() {
                return new DeliveryReport(0, 0, 0, 0, 0);
            }

            @Override
            public Status status() {
                reads.incrementAndGet();
                return status.get();
            }

            @Override
            public List<DeadNotification> dead(int limit) {
                return List.of();
            }

            @Override
            public int requeue(List<Long> ids) {
                throw new UnsupportedOperationException("not for metrics");
            }

            @Override
            public int requeueAllDead() {
                throw new UnsupportedOperationException("not for metrics");
            }

            @Override
            public Map<String, DeliveryTally> tally() {
                return tally.get();
            }
        };
    }

    @Test
    void eachScrapeCountsTheOutboxOnceForBothGauges() {
        Metrics metrics = new Metrics(outbox(() -> new NotificationDelivery.Status(3, 1)), () -> true);
        assertThat(metrics.scrape()).contains("portal_outbox_pending 3.0", "portal_outbox_dead 1.0",
                "portal_database_up 1.0");
        assertThat(reads).hasValue(1);
        metrics.scrape();
        assertThat(reads).hasValue(2);
    }

    @Test
    void S7_theRunningPortalCountsTheOutboxAtMostOnceEvery15sHoweverOftenItIsScraped() {
        io.partnerportal.core.testing.MutableClock clock = io.partnerportal.core.testing.MutableClock.at("2026-11-23");
        AtomicReference<NotificationDelivery.Status> status = new AtomicReference<>(
                new NotificationDelivery.Status(3, 1));
        Metrics metrics = new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), outbox(status::get),
                () -> true, clock, Metrics.OUTBOX_EVERY);
        for (int i = 0; i < 50; i++) {
            assertThat(metrics.scrape()).contains("portal_outbox_pending 3.0");
        }
        assertThat(reads).hasValue(1);
        status.set(new NotificationDelivery.Status(7, 1));
        clock.advance(java.time.Duration.ofSeconds(14));
        assertThat(metrics.scrape()).as("the last count, within 15 s").contains("portal_outbox_pending 3.0");
        clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(metrics.scrape()).contains("portal_outbox_pending 7.0");
        assertThat(reads).hasValue(2);
        metrics.close();
    }

    @Test
    void anOutboxThatCannotBeReadShowsNoNumberAndTheScrapeStillAnswers() {
        Metrics metrics = new Metrics(outbox(() -> {
            throw new IllegalStateException("the database is gone");
        }), () -> false);
        assertThat(metrics.scrape()).contains("portal_outbox_pending NaN", "portal_outbox_dead NaN",
                "portal_outbox_oldest_pending_age_seconds NaN",
                "portal_database_up 0.0");
    }

    @Test
    void theJvmProcessorAndUptimeAreShownAndTheEmailCountersMoveByType() {
        Metrics metrics = new Metrics(outbox(() -> new NotificationDelivery.Status(0, 0)), () -> true);
        String before = metrics.scrape();
        assertThat(before).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads ", "jvm_classes_loaded_classes ",
                "jvm_gc_", "system_cpu_count ", "process_uptime_seconds ", "process_cpu_usage ");
        assertThat(before).contains("portal_emails_attempted_total{type=\"WELCOME\"} 0.0",
                "portal_emails_sent_total{type=\"SIGN_IN_LINK\"} 0.0", "portal_emails_retried_total{type=\"CANCELLED\"} 0.0",
                "portal_emails_dead_total{type=\"PRODUCT_ORDERED\"} 0.0");
        tally = () -> Map.of("WELCOME", new DeliveryTally(5, 3, 1, 1),
                "SIGN_IN_LINK", new DeliveryTally(2, 2, 0, 0));
        assertThat(metrics.scrape()).contains("portal_emails_attempted_total{type=\"WELCOME\"} 5.0",
                "portal_emails_sent_total{type=\"WELCOME\"} 3.0", "portal_emails_retried_total{type=\"WELCOME\"} 1.0",
                "portal_emails_dead_total{type=\"WELCOME\"} 1.0", "portal_emails_sent_total{type=\"SIGN_IN_LINK\"} 2.0",
                "portal_emails_sent_total{type=\"CANCELLED\"} 0.0");
        metrics.close();
    }

    @Test
    void theOldestPendingRowsAgeIsReadAtScrapeTime() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        AtomicReference<NotificationDelivery.Status> status = new AtomicReference<>(
                new NotificationDelivery.Status(2, 0, now.minusSeconds(90)));
        Metrics metrics = new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), outbox(status::get),
                () -> true, Clock.fixed(now, ZoneOffset.UTC), BuildInfo.read());
        assertThat(metrics.scrape()).contains("portal_outbox_oldest_pending_age_seconds 90.0");
        status.set(new NotificationDelivery.Status(0, 0, null));
        assertThat(metrics.scrape()).contains("portal_outbox_oldest_pending_age_seconds 0.0");
        metrics.close();
    }

    @Test
    void O4_latencyIsAHistogramWithTheSameBucketsOnEveryInstanceAndTheBuildIsNamed() {
        Metrics metrics = new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                outbox(() -> new NotificationDelivery.Status(0, 0)), () -> true, Clock.systemUTC(),
                new BuildInfo("0.3.0", "54ee3bc"));
        metrics.request("GET", "/api/v1/subscriptions", 200, java.time.Duration.ofMillis(42));
        metrics.request("GET", "/api/v1/subscriptions", 200, java.time.Duration.ofMillis(700));
        String text = metrics.scrape();
        String series = "method=\"GET\",route=\"/api/v1/subscriptions\",status=\"200\"";
        assertThat(text).contains("# TYPE portal_http_requests_seconds histogram")
                .contains("portal_http_requests_seconds_bucket{" + series + ",le=\"0.025\"} 0")
                .contains("portal_http_requests_seconds_bucket{" + series + ",le=\"0.05\"} 1")
                .contains("portal_http_requests_seconds_bucket{" + series + ",le=\"1.0\"} 2")
                .contains("portal_http_requests_seconds_bucket{" + series + ",le=\"+Inf\"} 2")
                .contains("portal_http_requests_seconds_count{" + series + "} 2")
                .contains("portal_build_info{commit=\"54ee3bc\",version=\"0.3.0\"} 1");
        metrics.close();
    }
}
