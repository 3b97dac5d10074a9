package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.testing.LocalPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V17 on a database that already holds subscriptions: every viewer row gets its subscription's
 * partner, product and search text, on H2 and on PostgreSQL, and the store then finds it by a search.
 */
class ListFiltersMigrationTest {

    @Test
    void onH2() throws SQLException {
        String url = "jdbc:h2:mem:list_filters_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        check(url, "sa", Dialect.H2);
    }

    @Test
    void onPostgres() throws SQLException {
        try (LocalPostgres db = new LocalPostgres("portal_migration_")) {
            check(db.url(), LocalPostgres.USER, Dialect.POSTGRES);
        }
    }

    private static void check(String url, String user, Dialect dialect) throws SQLException {
        migrate(url, user, dialect, "16");
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO partner (id, name, contact_email, created_at) VALUES"
                    + " ('11111111-1111-1111-1111-111111111111', 'Acme', 'billing@acme.example', CURRENT_TIMESTAMP)");
            for (String[] row : new String[][]{{"E-AAA-AAA-AAA-AAA", "jira", "'Acme.atlassian.net'", "NULL"},
                    {"E-BBB-BBB-BBB-BBB", "atlassian-guard", "NULL", "'Globex Holdings'"}}) {
                s.executeUpdate("INSERT INTO subscription (entitlement_number, kind, product, partner_id,"
                        + " billing_account_id, plan, billing_cycle, user_tier, start_date, term_start, site,"
                        + " organization, created_at, version) VALUES ('" + row[0] + "', 'PRODUCT', '" + row[1]
                        + "', '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',"
                        + " 'STANDARD', 'ANNUAL', 10, DATE '2026-01-15', DATE '2026-01-15', " + row[2] + ", "
                        + row[3] + ", CURRENT_TIMESTAMP, 0)");
                s.executeUpdate("INSERT INTO subscription_viewer (person_id, entitlement_number, product_name,"
                        + " start_date) SELECT '33333333-3333-3333-3333-333333333333', entitlement_number, p.name,"
                        + " start_date FROM subscription JOIN product p ON p.code = subscription.product"
                        + " WHERE entitlement_number = '" + row[0] + "'");
            }
        }
        migrate(url, user, dialect, "latest");
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entitlement_number, partner_id, product, search_text"
                     + " FROM subscription_viewer ORDER BY entitlement_number")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4).replace('\u001f', '|'));
            }
        }
        assertThat(rows).containsExactly(
                "E-AAA-AAA-AAA-AAA 11111111-1111-1111-1111-111111111111 jira jira|e-aaa-aaa-aaa-aaa|acme.atlassian.net|",
                "E-BBB-BBB-BBB-BBB 11111111-1111-1111-1111-111111111111 atlassian-guard"
                        + " atlassian guard|e-bbb-bbb-bbb-bbb||globex holdings");
    }

    private static void migrate(String url, String user, Dialect dialect, String target) {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .placeholders(dialect.placeholders).target(target).load().migrate();
    }
}
