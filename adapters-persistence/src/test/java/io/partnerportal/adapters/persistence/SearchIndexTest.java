package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.port.out.ContactListQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V6: on PostgreSQL the list's search reads the trigram index migration 23 made ({@code pg_trgm}):
 * with 10,000 subscriptions for one contact, 40,000 for another, freshly loaded (and
 * once analysed as a production database's autovacuum would), the searched page and the rows its counts read are found
 * through {@code subscription_viewer_search}, and what they answer is right.
 */
class SearchIndexTest {
    private static final int SEEN = 10_000;
    private static final int OTHERS = 40_000;
    private static final PersonId KEN = new PersonId(java.util.UUID.fromString("00000000-0000-4000-8000-000000000001"));
    private static final PersonId MEI = new PersonId(java.util.UUID.fromString("00000000-0000-4000-8000-000000000002"));
    private static final LocalDate TODAY = LocalDate.parse("2026-11-01");

    /** The entitlement number of seeded row {@code x}: E-TST-000-004-711 for 4711. */
    static final String NUMBER = "'E-TST-' || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 1, 3) || '-'"
            + " || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 4, 3) || '-' || SUBSTR(LPAD(CAST(x AS VARCHAR(9)), 9, '0'), 7, 3)";

    /** Sites named by the md5 of their number, as varied as real ones. */
    static void seed(Connection c, int perPerson, int others) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO partner (id, name, contact_email, created_at) VALUES"
                    + " ('00000000-0000-4000-8000-0000000000aa', 'Reseller', 'r@example.com', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO subscription (entitlement_number, kind, product, partner_id, billing_account_id,"
                    + " plan, billing_cycle, user_tier, start_date, term_start, site, created_at, version)"
                    + " SELECT " + NUMBER + ", 'PRODUCT', 'jira',"
                    + " '00000000-0000-4000-8000-0000000000aa', 'b', 'STANDARD', 'ANNUAL', 10, DATE '2026-01-15',"
                    + " DATE '2026-01-15', 'https://' || md5(CAST(x AS VARCHAR(8))) || '.atlassian.net', CURRENT_TIMESTAMP, 0"
                    + " FROM generate_series(1, " + (perPerson + others) + ") AS g(x)");
            // a bulk load, as an import would do it: the rows go through the index's pending list, merged
            // once after, rather than one index insert each (V26 keeps the pending list off for everyday writes)
            s.execute("ALTER INDEX subscription_viewer_search SET (fastupdate = on)");
            s.executeUpdate("INSERT INTO subscription_viewer (person_id, entitlement_number, product_name, start_date,"
                    + " cancellation_on, partner_id, product, search_text)"
                    + " SELECT CASE WHEN x <= " + perPerson + " THEN '" + KEN + "' ELSE '" + MEI + "' END,"
                    + " " + NUMBER + ", 'Jira', DATE '2026-01-15', NULL,"
                    + " '00000000-0000-4000-8000-0000000000aa', 'jira',"
                    + " LOWER('Jira' || CHR(31) || " + NUMBER + " || CHR(31)"
                    + " || 'https://' || md5(CAST(x AS VARCHAR(8))) || '.atlassian.net' || CHR(31))"
                    + " FROM generate_series(1, " + (perPerson + others) + ") AS g(x)");
            s.execute("ALTER INDEX subscription_viewer_search SET (fastupdate = off)");
            s.execute("SELECT gin_clean_pending_list('subscription_viewer_search'::regclass)");
            s.executeUpdate("INSERT INTO subscription_viewer_count (person_id, partner_id, product, start_date,"
                    + " cancellation_on, viewers) VALUES ('" + KEN + "', '00000000-0000-4000-8000-0000000000aa',"
                    + " 'jira', DATE '2026-01-15', DATE '9999-12-31', " + perPerson + "), ('" + MEI + "',"
                    + " '00000000-0000-4000-8000-0000000000aa', 'jira', DATE '2026-01-15', DATE '9999-12-31', "
                    + others + ")");
            // statistics, as a vacuumed production database has them (this machine's runs without autovacuum)
            s.execute("ANALYZE");
        }
    }

    private static String explain(Connection c, String sql, List<Object> params) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement ps = Sql.prepare(c, "EXPLAIN " + sql, params.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** Eight characters of one site's name: what a contact types to find it. */
    private static final String TERM = md5("4711").substring(4, 12);

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void V6_theSearchedListReadsTheTrigramIndexOnPostgres() throws Exception {
        PersistentStore store = TestDatabases.emptied(TestDatabases.postgres());
        assertThat(store.searchReadsAnIndex()).as("pg_trgm could be created here").isTrue();
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT array_to_string(reloptions, ',') FROM pg_class"
                     + " WHERE relname = 'subscription_viewer_search' AND relnamespace = current_schema()::regnamespace");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            // new rows go into the index at once: no pending list for every search to read through (V26)
            assertThat(rs.getString(1)).as("the index's options").contains("fastupdate=off");
        }
        try (Connection c = store.dataSource().getConnection()) {
            seed(c, SEEN, OTHERS);
            SqlContactListQuery.Statement page = SqlContactListQuery.pageStatement(KEN, ListTab.ACTIVE, TODAY,
                    ListFilter.parse(TERM, null, null), null, 50);
            assertThat(explain(c, page.sql(), page.params())).as("the searched page")
                    .contains("subscription_viewer_search");
            assertThat(explain(c, "SELECT v.entitlement_number FROM subscription_viewer v WHERE v.person_id = ? AND "
                    + "v.search_text LIKE LOWER(?) ESCAPE '!'", List.of(KEN.toString(), "%" + TERM + "%")))
                    .as("the rows the counts read").contains("subscription_viewer_search");
        }

        ContactListQuery query = store.storage().contactList();
        assertThat(query.page(KEN, ListTab.ACTIVE, TODAY, ListFilter.parse(TERM, null, null), null, 50))
                .extracting(r -> r.number().value()).containsExactly("E-TST-000-004-711");
        assertThat(query.tally(KEN, TODAY, TERM)).extracting(ContactListQuery.Tally::found,
                        ContactListQuery.Tally::active)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(true, 1),
                        org.assertj.core.groups.Tuple.tuple(false, SEEN - 1));
        assertThat(query.tally(MEI, TODAY, TERM)).extracting(ContactListQuery.Tally::found,
                        ContactListQuery.Tally::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, OTHERS));
        // 50,000 seeded rows under a trigram index: truncated at once, not deleted row by row
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE subscription_viewer, subscription_viewer_count, subscription CASCADE");
        }
        TestDatabases.emptied(store);
    }
}
