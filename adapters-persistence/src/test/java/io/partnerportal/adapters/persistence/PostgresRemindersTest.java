package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.Core;
import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R17 on a real PostgreSQL with two instances (two stores on one database): their reminder passes
 * run at the same moment, again and again, and each contact still gets each reminder once - the
 * reminder log's primary key decides, not a check before the insert.
 */
class PostgresRemindersTest {
    private PersistentStore secondStore;
    private PortalFixture fx;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void twoInstances() {
        fx = PortalFixture.on("2026-11-01", TestDatabases.emptied(TestDatabases.postgres()).storage());
        secondStore = PersistentStore.open(TestDatabases.postgresSettings());
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        secondStore.close();
    }

    @Test
    void R17_twoInstancesRunningTheirPassesTogetherSendEachReminderOnce() throws Exception {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        for (int i = 0; i < 20; i++) {
            fx.order(partner, account, "jira").site("site" + i).start("2025-12-15")
                    .contact("ken@example.jp", "Ken", "ja").contact("aiko" + i + "@example.jp").placeOne();
        }
        fx.deliverAll();
        fx.mail.clear();
        fx.clock.setDate(LocalDate.parse("2026-11-15"));
        Core first = fx.core;
        Core second = Core.builder(secondStore.storage(), fx.mail).clock(fx.clock)
                .settings(CoreSettings.defaults().withInstanceName("second")).build();

        int queued = 0;
        for (int round = 0; round < 3; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> passes = new ArrayList<>();
            for (Core instance : List.of(first, second)) {
                passes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return instance.housekeeping().sendDueReminders();
                }));
            }
            for (Future<Integer> f : passes) {
                queued += f.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(queued).isEqualTo(40);
        assertThat(fx.delivered("ken@example.jp")).hasSize(20).containsOnly(NotificationType.RENEWAL_REMINDER);
        assertThat(fx.delivered("aiko7@example.jp")).containsExactly(NotificationType.RENEWAL_REMINDER);
    }

    /**
     * V5: two instances reading the reminder schedule at the same moment, day after day for six weeks:
     * each contact gets each reminder once, on its day, and after every pair of passes nothing is
     * left scheduled for the day.
     */
    @Test
    void V5_R17_twoInstancesPassingOverTheScheduleTogetherSendEachReminderOnceOnItsDay() throws Exception {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        for (int i = 0; i < 12; i++) {
            // annual terms ending from 2026-12-01 to 2026-12-12, and a monthly one
            fx.order(partner, account, "jira").site("site" + i).start("2025-12-" + String.format("%02d", i + 1))
                    .contact("ken@example.jp", "Ken", "ja").contact("aiko" + i + "@example.jp").placeOne();
        }
        fx.order(partner, account, "loom").site("upcoming").start("2026-11-25").contact("mei@example.jp").placeOne();
        fx.deliverAll();
        fx.mail.clear();
        Core first = fx.core;
        Core second = Core.builder(secondStore.storage(), fx.mail).clock(fx.clock)
                .settings(CoreSettings.defaults().withInstanceName("second")).build();

        int queued = 0;
        for (LocalDate day = LocalDate.parse("2026-11-01"); day.isBefore(LocalDate.parse("2026-12-13"));
             day = day.plusDays(1)) {
            fx.clock.setDate(day);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> passes = new ArrayList<>();
            for (Core instance : List.of(first, second)) {
                passes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return instance.housekeeping().sendDueReminders();
                }));
            }
            for (Future<Integer> f : passes) {
                queued += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(fx.storage.reminders().scheduledBy(day, 100)).as("left for %s", day).isEmpty();
        }

        // 12 subscriptions x 2 contacts x (30-day + 7-day reminder), and the start reminder
        assertThat(queued).isEqualTo(12 * 2 * 2 + 1);
        assertThat(fx.delivered("ken@example.jp")).hasSize(24).containsOnly(NotificationType.RENEWAL_REMINDER);
        assertThat(fx.delivered("aiko7@example.jp")).containsExactly(NotificationType.RENEWAL_REMINDER,
                NotificationType.RENEWAL_REMINDER);
        assertThat(fx.delivered("mei@example.jp")).containsExactly(NotificationType.START_REMINDER);
    }
}
