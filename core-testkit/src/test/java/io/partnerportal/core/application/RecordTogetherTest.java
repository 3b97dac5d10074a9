package io.partnerportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.2 V1, V3: a queue that lets successful attempts wait a moment records many in one write; nothing sent
 * is left unrecorded when the pass returns, each row is recorded once, and the writes keep the order of the
 * attempts (a key's failure is recorded after what was sent before it).
 */
class RecordTogetherTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
    private static final System.Logger LOG = System.getLogger(RecordTogetherTest.class.getName());

    record Row(long id, String key) {
    }

    /** Rows of a few keys; the rows named in {@code failing} fail once; every write is logged in order. */
    static final class Rows implements OutboxLoop.Queue<Row> {
        final List<Row> due = new ArrayList<>();
        final Set<Long> failing;
        final Duration within;
        final List<String> writes = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());

        Rows(int keys, int perKey, Duration within, Set<Long> failing) {
            long id = 1;
            for (int i = 0; i < perKey; i++) {
                for (int k = 0; k < keys; k++) {
                    due.add(new Row(id++, "k" + k));
                }
            }
            this.within = within;
            this.failing = failing;
        }

        @Override
        public synchronized List<Row> claim(Instant now, Duration lease, String claimant, int limit) {
            List<Row> out = new ArrayList<>(due.subList(0, Math.min(limit, due.size())));
            due.removeAll(out);
            return out;
        }

        @Override
        public Optional<Set<Long>> renew(Collection<Long> ids, String claimant, Instant until) {
            return Optional.of(Set.copyOf(ids));
        }

        @Override
        public void release(Row row, String claimant) {
            writes.add("released " + row.id());
        }

        @Override
        public long id(Row row) {
            return row.id();
        }

        @Override
        public String key(Row row) {
            return row.key();
        }

        @Override
        public String type(Row row) {
            return "ROW";
        }

        @Override
        public int attempts(Row row) {
            return 0;
        }

        @Override
        public OutboxLoop.Outcome attempt(Row row, Instant now) {
            return failing.contains(row.id()) ? new OutboxLoop.Outcome.Failed(true, "down", "down", null)
                    : new OutboxLoop.Outcome.Sent(null);
        }

        @Override
        public void record(Row row, String claimant, OutboxLoop.Outcome outcome, int attempts, Instant at,
                           Instant nextTry) {
            writes.add((outcome instanceof OutboxLoop.Outcome.Sent ? "sent " : "failed ") + row.id());
            groups.add(1);
        }

        @Override
        public Duration recordTogetherWithin() {
            return within;
        }

        @Override
        public void recordSent(List<OutboxLoop.Recorded<Row>> sent, String claimant) {
            sent.forEach(r -> writes.add("sent " + r.row().id()));
            groups.add(sent.size());
        }

        List<Long> sent() {
            synchronized (writes) {
                return writes.stream().filter(w -> w.startsWith("sent ")).map(w -> Long.parseLong(w.substring(5)))
                        .toList();
            }
        }
    }

    @Test
    void V3_withWorkersSentRowsAreRecordedTogetherEachOnceAndAllBeforeThePassReturns() {
        Rows rows = new Rows(4, 30, Duration.ofSeconds(5), Set.of());
        DeliveryReport report = new OutboxLoop<>(rows, CLOCK, "one", 200, Duration.ofMinutes(2), Duration.ofMinutes(2),
                false, "Row", LOG, 4).pass();
        assertThat(report.sent()).isEqualTo(120);
        assertThat(rows.sent()).hasSize(120).doesNotHaveDuplicates();
        assertThat(rows.groups.size()).as("writes for 120 rows").isLessThan(120);
        for (int k = 0; k < 4; k++) {
            String key = "k" + k;
            long of = k;
            List<Long> ofKey = rows.sent().stream().filter(id -> (id - 1) % 4 == of).toList();
            assertThat(ofKey).as(key + " in its order").isSorted().hasSize(30);
        }
    }

    @Test
    void V1_onOneThreadToo_andAFailureIsWrittenAfterWhatWasSentBeforeIt() {
        Rows rows = new Rows(1, 5, Duration.ofSeconds(5), Set.of(3L));
        DeliveryReport report = new OutboxLoop<>(rows, CLOCK, "one", 10, Duration.ofMinutes(2), Duration.ofMinutes(2),
                false, "Row", LOG, 1).pass();
        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.retried()).isEqualTo(1);
        // 1 and 2 recorded together, then the failure, then the rest of the key given back
        assertThat(rows.writes).containsExactly("sent 1", "sent 2", "failed 3", "released 4", "released 5");
        assertThat(rows.groups).containsExactly(2, 1);
    }

    @Test
    void V1_aQueueThatDoesNotWaitRecordsEachRowAtOnce() {
        Rows rows = new Rows(2, 3, Duration.ZERO, Set.of());
        new OutboxLoop<>(rows, CLOCK, "one", 10, Duration.ofMinutes(2), Duration.ofMinutes(2), false, "Row", LOG, 2)
                .pass();
        assertThat(rows.sent()).hasSize(6).doesNotHaveDuplicates();
        assertThat(rows.groups).containsOnly(1);
    }
}
