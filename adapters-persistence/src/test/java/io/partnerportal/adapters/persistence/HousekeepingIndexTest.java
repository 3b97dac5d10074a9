package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S7: the {@code /metrics} count of the outbox and every housekeeping statement read an index, on H2
 * and on PostgreSQL: with 20,000 emails sent and kept, the count of those waiting or dead visits no
 * sent row, and the purges find what is due without reading what is not; V5: the reminder pass reads
 * the due subscriptions only, from {@code subscription_reminder_due}; S8: an erasure reads the request emails
 * by their type and a partner's request events by partner and type, past none of the others.
 */
class HousekeepingIndexTest {
    private static final int KEPT = 20_000;
    private static final String CUTOFF = "TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'";

    private static PersistentStore store(String database) {
        return TestDatabases.emptied("postgres".equals(database) ? TestDatabases.postgres() : TestDatabases.h2());
    }

    /** Many rows finished long ago and recently, a few waiting and dead; the rows past the cutoff are few. */
    private static void seed(Connection c, boolean postgres) throws SQLException {
        String series = postgres ? "FROM generate_series(1, " + KEPT + ") AS g(x)"
                : "FROM SYSTEM_RANGE(1, " + KEPT + ") AS g(x)";
        String old = "CASE WHEN x <= 100 THEN TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'"
                + " ELSE TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00' END";
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO notification_outbox (id, notification_type, recipient, content, created_at,"
                    + " due_at, attempts, status, finished_at) SELECT x, 'WELCOME', 'r' || x || '@example.com', 'x', "
                    + old + ", " + old + ", 1, CASE WHEN x > " + (KEPT - 10) + " THEN 'PENDING' WHEN x > " + (KEPT - 15)
                    + " THEN 'DEAD' ELSE 'SENT' END, " + old + " " + series);
            s.executeUpdate("INSERT INTO webhook_delivery (id, endpoint_id, partner_id, event_id, event_type,"
                    + " created_at, due_at, attempts, status) SELECT x, 'e', 'p', 'ev' || x, 'usage.reported', " + old
                    + ", " + old + ", 1, CASE WHEN x > " + (KEPT - 10) + " THEN 'PENDING' ELSE 'SENT' END " + series);
            s.executeUpdate("INSERT INTO user_session (token_hash, person_id, csrf_token, created_at, last_seen_at)"
                    + " SELECT 's' || x, 'p', 'c', " + old + ", " + old + " " + series);
            s.executeUpdate("INSERT INTO sign_in_token (token_hash, person_id, created_at, expires_at)"
                    + " SELECT 't' || x, 'p', " + old + ", " + old + " " + series);
            s.executeUpdate("INSERT INTO idempotency_record (scope, idempotency_key, request_hash, state, created_at)"
                    + " SELECT 'partner:p', 'k' || x, 'h', 'COMPLETED', " + old + " " + series);
            s.executeUpdate("INSERT INTO partner_event (feed_position, id, partner_id, event_type, created_at, body)"
                    + " SELECT x, 'ev' || x, 'p', 'usage.reported', " + old + ", '{}' " + series);
            // V5: live subscriptions, a few due for the reminder pass, the others looked at later
            s.executeUpdate("INSERT INTO subscription (entitlement_number, kind, product, partner_id, billing_account_id,"
                    + " plan, billing_cycle, user_tier, start_date, term_start, created_at, version, next_reminder_on)"
                    + " SELECT 'E-' || x, 'PRODUCT', 'jira', 'p', 'b', 'STANDARD', 'ANNUAL', 10, DATE '2025-12-15',"
                    + " DATE '2025-12-15', " + old + ", 0, CASE WHEN x <= 10 THEN DATE '2026-05-20'"
                    + " WHEN x <= 100 THEN NULL ELSE DATE '2026-11-15' END " + series);
            if (postgres) {
                s.execute("ANALYZE");
            }
        }
    }

    private static String plan(Connection c, String statement) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + statement)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** A retention statement with its status, cutoff and batch of 500 written in. */
    private static String due(String statement, String status, String cutoff) {
        return statement.replaceFirst("\\?", "'" + status + "'").replaceFirst("\\?", cutoff)
                .replaceFirst("\\?", "500");
    }

    private static void assertReadThroughAnIndex(String plan, String table, boolean postgres) {
        if (postgres) {
            assertThat(plan).as(plan).doesNotContain("Seq Scan").containsIgnoringCase("Index");
        } else {
            assertThat(plan.toUpperCase(Locale.ROOT)).as(plan).doesNotContain(".TABLESCAN")
                    .contains("/* PUBLIC." + table.toUpperCase(Locale.ROOT) + "_");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void S7_V5_theMetricsCountEveryPurgeAndTheReminderPassReadAnIndex(String database) throws Exception {
        PersistentStore store = store(database);
        boolean postgres = database.equals("postgres");
        try (Connection c = store.dataSource().getConnection()) {
            seed(c, postgres);
            String cutoff = CUTOFF;
            for (String[] statement : List.of(
                    new String[] {"notification_outbox", JpaNotificationOutbox.COUNTS},
                    new String[] {"webhook_delivery", JpaWebhookStore.PURGE_FINISHED.replace("?", cutoff)},
                    new String[] {"user_session", "DELETE FROM user_session WHERE last_seen_at <= " + cutoff},
                    new String[] {"user_session", "DELETE FROM user_session WHERE created_at <= " + cutoff},
                    new String[] {"sign_in_token", "DELETE FROM sign_in_token WHERE expires_at < " + cutoff},
                    new String[] {"idempotency_record", "DELETE FROM idempotency_record WHERE created_at < " + cutoff},
                    new String[] {"partner_event", "DELETE FROM partner_event WHERE created_at < " + cutoff},
                    // the retention of sent and skipped emails (content after 90 days, rows after 400)
                    new String[] {"notification_outbox", due(JpaNotificationOutbox.FORGET_DUE, "SENT", cutoff)},
                    new String[] {"notification_outbox", due(JpaNotificationOutbox.FORGET_DUE, "SKIPPED", cutoff)},
                    new String[] {"notification_outbox", due(JpaNotificationOutbox.DELETE_DUE, "SENT", cutoff)},
                    new String[] {"notification_outbox", due(JpaNotificationOutbox.DELETE_DUE, "SKIPPED", cutoff)})) {
                assertReadThroughAnIndex(plan(c, statement[1]), statement[0], postgres);
            }
            // V5: the reminder pass reads the due subscriptions from their index (and resets each by its key)
            String scheduled = plan(c, JpaReminderLog.SCHEDULED_BY.replaceFirst("\\?", "DATE '2026-06-01'")
                    .replaceFirst("\\?", "200"));
            assertReadThroughAnIndex(scheduled, "subscription", postgres);
            assertThat(scheduled.toLowerCase(Locale.ROOT)).as(scheduled).contains("subscription_reminder_due");
            String reset = plan(c, JpaReminderLog.RESCHEDULE.replaceFirst("\\?", "DATE '2026-11-15'")
                    .replaceFirst("\\?", "'E-5'").replaceFirst("\\?", "0"));
            assertThat(reset.toUpperCase(Locale.ROOT)).as(reset).doesNotContain("SEQ SCAN").doesNotContain(".TABLESCAN");
        }
        // and the count is right: the waiting and dead rows only
        var counts = store.storage().outbox().counts();
        assertThat(counts.pending()).isEqualTo(10);
        assertThat(counts.dead()).isEqualTo(5);
        try (Connection c = store.dataSource().getConnection();
             java.sql.PreparedStatement ps = Sql.prepare(c, JpaReminderLog.SCHEDULED_BY,
                     java.time.LocalDate.parse("2026-06-01"), 200);
             ResultSet rs = ps.executeQuery()) {
            int due = 0;
            while (rs.next()) {
                due++;
            }
            assertThat(due).as("subscriptions due for the pass").isEqualTo(10);
        }
        TestDatabases.emptied(store);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void S8_anErasureReadsTheRequestEmailsAndAPartnersRequestEventsThroughAnIndex(String database) throws Exception {
        PersistentStore store = store(database);
        boolean postgres = database.equals("postgres");
        try (Connection c = store.dataSource().getConnection()) {
            seed(c, postgres);
            String emails = plan(c, JpaNotificationOutbox.NAMING_IN_REQUESTS.replaceFirst("\\?",
                    "'%ken@example.jp%'"));
            assertReadThroughAnIndex(emails, "notification_outbox", postgres);
            assertThat(emails.toLowerCase(Locale.ROOT)).as(emails).contains("notification_outbox_lane");
            String events = plan(c, JpaPartnerEventStore.ABOUT_A_REQUEST.replaceFirst("\\?", "'p'")
                    .replaceFirst("\\?", "'%\"request\":{\"id\":\"0b7c3f6e-6a0e-4b8e-9c1d-2f3a4b5c6d7e\",%'"));
            assertReadThroughAnIndex(events, "partner_event", postgres);
            assertThat(events.toLowerCase(Locale.ROOT)).as(events).contains("partner_event_by_type");
        }
        TestDatabases.emptied(store);
    }
}
