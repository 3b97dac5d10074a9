package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.port.in.NotificationDelivery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The outbox gauges: one count of the outbox per scrape, shown as pending and dead. */
class MetricsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private Supplier<Map<String, NotificationDelivery.Tally>> tally = Map::of;

    private NotificationDelivery outbox(Supplier<NotificationDelivery.Status> status) {
        return new NotificationDelivery() {
            @Override
            public Report deliverDue() {
                return new Report(0, 0, 0, 0, 0);
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
            public Map<String, Tally> tally() {
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
    void anOutboxThatCannotBeReadShowsNoNumberAndTheScrapeStillAnswers() {
        Metrics metrics = new Metrics(outbox(() -> {
            throw new IllegalStateException("the database is gone");
        }), () -> false);
        assertThat(metrics.scrape()).contains("portal_outbox_pending NaN", "portal_outbox_dead NaN",
                "portal_database_up 0.0");
    }
}
