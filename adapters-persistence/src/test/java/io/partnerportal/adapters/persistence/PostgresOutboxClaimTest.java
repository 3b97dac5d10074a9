package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationOutbox.Entry;
import io.partnerportal.core.port.out.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances (two pools, two persistence units) on one PostgreSQL share the outbox: they never
 * claim the same row, and a row an instance claimed but never finished goes to the other after the lease.
 */
class PostgresOutboxClaimTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private Storage first;
    private PersistentStore secondStore;
    private Storage second;

    @BeforeEach
    void twoInstances() {
        first = TestDatabases.emptied(TestDatabases.postgres()).storage();
        secondStore = PersistentStore.open(TestDatabases.postgresSettings());
        second = secondStore.storage();
    }

    @AfterEach
    void close() {
        secondStore.close();
    }

    private void append(int count) {
        List<NotificationOutbox.NewNotification> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EmailAddress to = new EmailAddress("r" + i + "@example.jp");
            rows.add(new NotificationOutbox.NewNotification(to,
                    NotificationContent.of(NotificationType.WELCOME, to, "R" + i, ContactLocale.EN), T0, null));
        }
        first.unitOfWork().run(() -> first.outbox().append(rows));
    }

    @Test
    void twoInstancesClaimingAThousandRowsAtOnceNeverClaimTheSameRow() throws Exception {
        append(1000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Long>>> dispatchers = new ArrayList<>();
            for (Storage instance : List.of(first, second)) {
                String name = instance == first ? "instance-a" : "instance-b";
                dispatchers.add(() -> {
                    List<Long> claimed = new ArrayList<>();
                    List<Entry> batch;
                    do {
                        batch = instance.outbox().claim(T0, LEASE, name, 20);
                        for (Entry e : batch) {
                            claimed.add(e.id());
                            assertThat(instance.outbox().markSent(e.id(), name, T0, e.content())).isTrue();
                        }
                    } while (!batch.isEmpty());
                    return claimed;
                });
            }
            List<Long> all = new ArrayList<>();
            List<Integer> perInstance = new ArrayList<>();
            for (Future<List<Long>> f : pool.invokeAll(dispatchers)) {
                all.addAll(f.get());
                perInstance.add(f.get().size());
            }
            Set<Long> distinct = new HashSet<>(all);
            assertThat(all).hasSize(1000);
            assertThat(distinct).hasSize(1000);
            assertThat(perInstance).as("both instances took part").allSatisfy(n -> assertThat(n).isPositive());
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.outbox().counts().pending()).isZero();
    }

    @Test
    void rowsAnInstanceNeverFinishedAreClaimedByTheOtherAfterTheLease() {
        append(3);
        List<Entry> taken = first.outbox().claim(T0, LEASE, "crashed", 10);
        assertThat(taken).hasSize(3);
        assertThat(second.outbox().claim(T0.plus(LEASE).minusSeconds(1), LEASE, "survivor", 10)).isEmpty();
        List<Entry> reclaimed = second.outbox().claim(T0.plus(LEASE), LEASE, "survivor", 10);
        assertThat(reclaimed).extracting(Entry::id).containsExactlyElementsOf(taken.stream().map(Entry::id).toList());
        assertThat(first.outbox().markSent(taken.get(0).id(), "crashed", T0, taken.get(0).content())).isFalse();
    }
}
