package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.testing.CountingDataSource;
import io.partnerportal.core.testing.LocalPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements per request on PostgreSQL, counted at the JDBC driver for the whole request as the
 * database logs them with {@code log_statement = all} (rate limit, session or API key, the page;
 * BEGIN and COMMIT included), through the real wiring, with 100 and with 10,000 subscriptions
 * visible to one contact and billed by one partner. The budgets do not grow with the customer.
 */
class StatementBudgetTest {
    private static final int LIST = 4;
    private static final int DETAILS = 6;
    private static final int OTHER_PAGE = 6;
    private static final int API_ONE = 3;
    private static final int API_LIST = 4;
    private static final int API_HISTORY = 4;

    /** Requests run on the server's threads; the background loops' own statements are not the request's. */
    private final CountingDataSource counter = new CountingDataSource(t -> !t.getName().startsWith("portal-"));

    @ParameterizedTest(name = "{0} subscriptions")
    @ValueSource(ints = {100, 10_000})
    void everyReadRunsInAFixedNumberOfStatementsWhateverTheCustomersSize(int size) throws Exception {
        try (LocalPostgres db = new LocalPostgres("portal_budget_")) {
            Path dataDir = Files.createTempDirectory("portal-budget");
            Map<String, String> env = new HashMap<>(Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_DATA_DIR", dataDir.toString(), "PORTAL_API_RATE_LIMIT", "100000",
                    "PORTAL_ADDRESS_RATE_LIMIT", "100000"));
            PortalConfig config = PortalConfig.parse(withPort(env));
            try (RunningPortal portal = new RunningPortal(env, new AbstractModule() {
                @Provides
                @Singleton
                PersistentStore store() {
                    return PersistentStore.open(Main.persistence(config), counter::wrap);
                }
            })) {
                String key = portal.get(Administration.class).createPartner(new Administration.CreatePartner(
                        "Budget Reseller", "billing@budget.example")).apiKey();
                String account = portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Main")).json()
                        .get("id").asText();
                String first = portal.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account,
                        "product", "jira", "plan", "STANDARD", "billingCycle", "ANNUAL", "userTier", 10,
                        "siteUrl", "budget-0.atlassian.net", "contacts", List.of(Map.of("email",
                                "viewer@budget.example", "name", "Viewer", "locale", "en"))))
                        .json().get("subscriptions").get(0).get("entitlementNumber").asText();
                String unset = portal.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account,
                        "product", "confluence", "plan", "STANDARD", "billingCycle", "ANNUAL", "userTier", 10,
                        "contacts", List.of(Map.of("email", "viewer@budget.example", "name", "Viewer", "locale",
                                "en")))).json().get("subscriptions").get(0).get("entitlementNumber").asText();
                seed(db.url(), first, size);

                PortalVisitor visitor = signIn(portal, config, "viewer@budget.example");
                String en = "/subscriptions/" + first;
                List<String> measured = new java.util.ArrayList<>();
                Map<String, Integer> portalBudgets = new java.util.LinkedHashMap<>();
                portalBudgets.put("/subscriptions?tab=active", LIST);
                portalBudgets.put("/subscriptions?tab=active&q=atlassian&product=jira", LIST);
                portalBudgets.put(en, DETAILS);
                portalBudgets.put(en + "/apps", OTHER_PAGE);
                portalBudgets.put(en + "/contacts", OTHER_PAGE);
                portalBudgets.put(en + "/history", OTHER_PAGE);
                portalBudgets.put(en + "/cancel", OTHER_PAGE);
                portalBudgets.put("/subscriptions/" + unset + "/setup", OTHER_PAGE);
                portalBudgets.put("/profile", OTHER_PAGE);
                for (Map.Entry<String, Integer> page : portalBudgets.entrySet()) {
                    visitor.get(page.getKey()); // warm: the pool's connections are open
                    counter.reset();
                    PortalVisitor.Page shown = visitor.get(page.getKey());
                    List<String> statements = counter.statements();
                    assertThat(shown.status()).as(page.getKey()).isEqualTo(200);
                    measured.add(line(page.getKey(), page.getValue(), statements));
                }

                Map<String, Integer> apiBudgets = new java.util.LinkedHashMap<>();
                apiBudgets.put("/api/v1/subscriptions/" + first, API_ONE);
                apiBudgets.put("/api/v1/subscriptions?limit=50", API_LIST);
                apiBudgets.put("/api/v1/subscriptions?limit=50&billingAccountId=" + account + "&status=ACTIVE", API_LIST);
                apiBudgets.put("/api/v1/subscriptions/" + first + "/history", API_HISTORY);
                for (Map.Entry<String, Integer> read : apiBudgets.entrySet()) {
                    portal.call("GET", read.getKey(), key, null);
                    counter.reset();
                    RunningPortal.Reply reply = portal.call("GET", read.getKey(), key, null);
                    List<String> statements = counter.statements();
                    assertThat(reply.status()).as(read.getKey() + ": " + reply.body()).isEqualTo(200);
                    measured.add(line(read.getKey(), read.getValue(), statements));
                }
                System.out.println("statements per request at " + size + " subscriptions:\n" + String.join("\n", measured));
                assertThat(measured).as("over budget at %d subscriptions", size).noneMatch(l -> l.startsWith("OVER"));
            }
        }
    }

    /** One request's count against its budget, with the start of each statement, to show what ran. */
    private static String line(String request, int budget, List<String> statements) {
        return (statements.size() > budget ? "OVER " : "ok   ") + statements.size() + "/" + budget + " " + request + " "
                + statements.stream().map(q -> q.length() > 90 ? q.substring(0, 90) : q).toList();
    }

    private static Map<String, String> withPort(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("PORTAL_PORT", "0");
        all.putIfAbsent("PORTAL_BASE_URL", "http://localhost:7070");
        return all;
    }

    /**
     * {@code size} subscriptions the viewer sees, billed by the first one's partner: copies of the
     * first assigned to the viewer, three apps installed on the first, and a collection with two
     * products ordered in it, assigned to the viewer.
     */
    private static void seed(String url, String first, int size) throws SQLException {
        String columns = "kind, product, partner_id, billing_account_id, plan, billing_cycle, user_tier,"
                + " active_users, start_date, term_start, site, organization, created_at, version";
        String number = "'E-' || substr(lpad(CAST(i AS VARCHAR), 12, '0'), 1, 3) || '-'"
                + " || substr(lpad(CAST(i AS VARCHAR), 12, '0'), 4, 3) || '-X' || substr(lpad(CAST(i AS VARCHAR), 12, '0'), 8, 2)"
                + " || '-' || substr(lpad(CAST(i AS VARCHAR), 12, '0'), 10, 3)";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            String copies = "INSERT INTO subscription (entitlement_number, " + columns + ") SELECT " + number + ", "
                    + columns.replace("site,", "'budget-' || i || '.atlassian.net',")
                    + " FROM subscription, generate_series(1, " + (size - 8) + ") i WHERE entitlement_number = ?";
            try (PreparedStatement ps = c.prepareStatement(copies)) {
                ps.setString(1, first);
                ps.executeUpdate();
            }
            s.executeUpdate("INSERT INTO subscription_contact (entitlement_number, ordinal, person_id)"
                    + " SELECT " + number + ", 0, c.person_id FROM generate_series(1, " + (size - 8) + ") i,"
                    + " subscription_contact c WHERE c.entitlement_number = '" + first + "'");
            // three apps on the first, visible through it; a collection with two products ordered in it
            String[] apps = {"E-APP-000-000-001", "E-APP-000-000-002", "E-APP-000-000-003"};
            for (String app : apps) {
                s.executeUpdate("INSERT INTO subscription (entitlement_number, " + columns + ") SELECT '" + app
                        + "', 'APP', 'drawio', partner_id, billing_account_id, plan, billing_cycle, user_tier,"
                        + " active_users, start_date, term_start, NULL, NULL, created_at, 0 FROM subscription"
                        + " WHERE entitlement_number = '" + first + "'");
                s.executeUpdate("INSERT INTO subscription_host (entitlement_number, ordinal, host_number) VALUES ('"
                        + app + "', 0, '" + first + "')");
            }
            s.executeUpdate("INSERT INTO subscription (entitlement_number, " + columns + ") SELECT"
                    + " 'E-COL-000-000-001', 'COLLECTION', 'teamwork-collection', partner_id, billing_account_id,"
                    + " plan, billing_cycle, user_tier, active_users, start_date, term_start, 'budget-col.atlassian.net', NULL,"
                    + " created_at, 0 FROM subscription WHERE entitlement_number = '" + first + "'");
            s.executeUpdate("INSERT INTO subscription_contact (entitlement_number, ordinal, person_id)"
                    + " SELECT 'E-COL-000-000-001', 0, person_id FROM subscription_contact WHERE entitlement_number = '"
                    + first + "'");
            for (String included : new String[]{"E-INC-000-000-001", "E-INC-000-000-002"}) {
                s.executeUpdate("INSERT INTO subscription (entitlement_number, " + columns + ", collection_number)"
                        + " SELECT '" + included + "', 'PRODUCT', 'confluence', partner_id, billing_account_id, plan,"
                        + " billing_cycle, user_tier, active_users, start_date, term_start, 'inc-" + included.substring(14)
                        + ".atlassian.net', NULL, created_at, 0, 'E-COL-000-000-001' FROM subscription"
                        + " WHERE entitlement_number = '" + first + "'");
            }
            // the store keeps who sees what as it writes; rows written here in SQL get theirs the same way
            s.executeUpdate("DELETE FROM subscription_viewer");
            s.executeUpdate("INSERT INTO subscription_viewer (person_id, entitlement_number, product_name, start_date,"
                    + " cancellation_on, partner_id, product, search_text) SELECT v.person_id, s.entitlement_number,"
                    + " p.name, s.start_date, s.cancellation_on, s.partner_id, s.product, LOWER(p.name || CHR(31)"
                    + " || s.entitlement_number || CHR(31) || COALESCE(s.site, '') || CHR(31)"
                    + " || COALESCE(s.organization, ''))"
                    + " FROM (SELECT c.person_id, c.entitlement_number FROM subscription_contact c"
                    + " UNION SELECT c.person_id, h.entitlement_number FROM subscription_host h"
                    + " JOIN subscription_contact c ON c.entitlement_number = h.host_number"
                    + " UNION SELECT c.person_id, o.entitlement_number FROM subscription o"
                    + " JOIN subscription_contact c ON c.entitlement_number = o.collection_number) v"
                    + " JOIN subscription s ON s.entitlement_number = v.entitlement_number"
                    + " JOIN product p ON p.code = s.product");
            s.executeUpdate("DELETE FROM subscription_viewer_count");
            s.executeUpdate("INSERT INTO subscription_viewer_count (person_id, partner_id, product, start_date,"
                    + " cancellation_on, viewers) SELECT person_id, partner_id, product, start_date,"
                    + " COALESCE(cancellation_on, DATE '9999-12-31'), COUNT(*) FROM subscription_viewer"
                    + " GROUP BY person_id, partner_id, product, start_date, COALESCE(cancellation_on, DATE '9999-12-31')");
            s.execute("ANALYZE");
        }
    }

    /** Signs in through the pages, the link read from the email the portal wrote. */
    private static PortalVisitor signIn(RunningPortal portal, PortalConfig config, String email) throws IOException {
        PortalVisitor visitor = new PortalVisitor(portal.url(""));
        visitor.submit("/login", "/login", Map.of("email", email));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<String> token = linkIn(config.mailDir());
            if (token.isPresent()) {
                String link = "/login/" + token.get();
                assertThat(visitor.submit(link, link, Map.of()).uri()).isEqualTo("/subscriptions");
                return visitor;
            }
            LockSupport.parkNanos(50_000_000L);
        }
        throw new AssertionError("no sign-in link was written to " + config.mailDir());
    }

    private static Optional<String> linkIn(Path mailDir) throws IOException {
        if (!Files.isDirectory(mailDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(mailDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                String mail = Files.readString(f, StandardCharsets.UTF_8).replace("=\r\n", "").replace("=\n", "");
                if (mail.contains("SIGN_IN_LINK")) {
                    Matcher m = PortalVisitor.SIGN_IN_LINK.matcher(mail);
                    if (m.find()) {
                        return Optional.of(m.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
