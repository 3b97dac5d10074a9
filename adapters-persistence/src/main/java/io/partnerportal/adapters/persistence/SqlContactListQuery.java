package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.port.out.ContactListQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact's list page in one statement whatever its size, outside any transaction: the page
 * itself (visibility R11 as {@code subscription_viewer} holds it, tab R2, the filters of SPEC §6.3,
 * keyset order by product name then number, read from that table's index in that order), joined to
 * every link of the page's rows with whether the viewer can open it; and the counts per tab in one
 * more.
 * The predicates are the core's {@code Visibility} and {@code Subscription#statusOf} rules written
 * as SQL; the core's contract test holds them to those rules.
 */
final class SqlContactListQuery implements ContactListQuery {
    /** Whether the viewer (three parameters) sees {@code x}: R11 as index probes, one per linked row. */
    static final String CAN_SEE_X = canSee("x");

    /**
     * Whether the viewer (three parameters) sees the subscription aliased {@code a} (R11): assigned to
     * it, to one of its hosts (an app), or to the collection it was ordered in - each an index probe.
     */
    static String canSee(String a) {
        return "CASE WHEN " + probe("FROM subscription_contact c1_" + a + " WHERE c1_" + a + ".entitlement_number = "
                + a + ".entitlement_number AND c1_" + a + ".person_id = ?")
                + " OR (" + a + ".kind = 'APP' AND " + probe("FROM subscription_host h2_" + a
                + " JOIN subscription_contact c2_" + a + " ON c2_" + a + ".entitlement_number = h2_" + a
                + ".host_number AND c2_" + a + ".person_id = ? WHERE h2_" + a + ".entitlement_number = " + a
                + ".entitlement_number") + ")"
                + " OR (" + a + ".collection_number IS NOT NULL AND " + probe("FROM subscription_contact c3_" + a
                + " WHERE c3_" + a + ".entitlement_number = " + a + ".collection_number AND c3_" + a
                + ".person_id = ?") + ") THEN 1 ELSE 0 END";
    }

    /**
     * Whether {@code fromWhere} finds a row, asked as a scalar subquery: PostgreSQL may run an
     * {@code EXISTS} as a hash of every row the viewer's parameter selects (a generic plan guesses
     * two), which walked all 10,000 contacts of a large customer on every page; a scalar subquery is
     * always probed row by row, through the contacts' primary key.
     */
    static String probe(String fromWhere) {
        return "(SELECT 1 " + fromWhere + " LIMIT 1) IS NOT NULL";
    }

    /** The links of the rows of {@code page} (two parameters: today, today). */
    private static final String LINKS = links("SELECT src.n FROM page src");

    /**
     * The links of the subscriptions whose entitlement numbers {@code numbers} (a query) selects:
     * the owner's number, the relation, the linked number. Its parameters, in order: those of
     * {@code numbers} three times, today, those of {@code numbers}, today (collections are linked
     * while the product is included, R6).
     */
    static String links(String numbers) {
        // aliases of their own: H2 inlines a common table expression, whose aliases must not meet these
        String in = " IN (" + numbers + ")";
        return "SELECT lh.host_number AS owner, CAST('APP' AS VARCHAR(20)) AS relation,"
            + " lh.entitlement_number AS linked FROM subscription_host lh WHERE lh.host_number" + in
            + " UNION ALL SELECT lh.entitlement_number, CAST('HOST' AS VARCHAR(20)), lh.host_number"
            + " FROM subscription_host lh WHERE lh.entitlement_number" + in
            + " UNION ALL SELECT ls.entitlement_number, CAST('COLLECTION' AS VARCHAR(20)), ls.collection_number"
            + " FROM subscription ls WHERE ls.entitlement_number" + in
            + " AND ls.collection_number IS NOT NULL AND (ls.detach_on IS NULL OR ls.detach_on > ?)"
            + " UNION ALL SELECT lp.collection_number, CAST('INCLUDED_PRODUCT' AS VARCHAR(20)), lp.entitlement_number"
            + " FROM subscription lp WHERE lp.collection_number" + in
            + " AND (lp.detach_on IS NULL OR lp.detach_on > ?)";
    }

    /**
     * {@code ListFilter#found} as SQL on a viewer row {@code v}: one parameter, the search's
     * {@link #pattern}, found in what {@link Viewers#SEARCH_TEXT} wrote; case is folded by the
     * database's {@code LOWER} on both sides.
     */
    private static final String FOUND = "v.search_text LIKE LOWER(?) ESCAPE '!'";

    /** The search text as a LIKE pattern found anywhere, its own {@code %}, {@code _} and {@code !} taken literally. */
    static String pattern(String search) {
        return "%" + search.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private final Sql sql;

    SqlContactListQuery(Sql sql) {
        this.sql = sql;
    }

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> params) {
    }

    /** The page's statement: one round trip for the rows and their links (V6: the search reads its index). */
    static Statement pageStatement(PersonId viewer, ListTab tab, LocalDate today, ListFilter filter, Position after,
                                   int limit) {
        String status = JpaSubscriptionRepository.statusPredicate(tab.status(), "v.cancellation_on", "v.start_date",
                "?");
        List<Object> params = new ArrayList<>(List.of(today, viewer.toString()));
        status.chars().filter(ch -> ch == '?').forEach(ch -> params.add(today));
        StringBuilder filters = new StringBuilder();
        if (filter.partner() != null) {
            filters.append(" AND v.partner_id = ?");
            params.add(filter.partner().toString());
        }
        if (filter.product() != null) {
            filters.append(" AND v.product = ?");
            params.add(filter.product().value());
        }
        if (filter.search() != null) {
            filters.append(" AND ").append(FOUND);
            params.add(pattern(filter.search()));
        }
        String keyset = "";
        if (after != null) {
            keyset = " AND (v.product_name, v.entitlement_number) > (?, ?)";
            params.addAll(List.of(after.productName(), after.number().value()));
        }
        params.add(limit);
        params.addAll(List.of(viewer.toString(), viewer.toString(), viewer.toString(), today, today));
        // the page is read from subscription_viewer's index in the order shown (Viewers keeps it)
        String query = "WITH page AS ("
                + "SELECT s.entitlement_number AS n, s.kind, s.product, v.product_name, s.plan,"
                + " s.billing_cycle, s.user_tier, s.start_date, s.term_start, s.cancellation_on,"
                + " s.change_plan, s.change_user_tier, s.change_billing_cycle, s.change_effective_on,"
                // R16: an app's tier is its largest live host's, as of today
                + " CASE WHEN s.kind = 'APP' THEN (SELECT MAX(CASE WHEN hs.change_effective_on <= ?"
                + " THEN hs.change_user_tier ELSE hs.user_tier END) FROM subscription_host hh JOIN subscription hs"
                + " ON hs.entitlement_number = hh.host_number WHERE hh.entitlement_number = s.entitlement_number"
                + " AND hs.cancellation_on IS NULL) END AS host_tier,"
                + " pa.name AS partner_name"
                + " FROM subscription_viewer v JOIN subscription s ON s.entitlement_number = v.entitlement_number"
                + " JOIN partner pa ON pa.id = s.partner_id"
                + " WHERE v.person_id = ? AND " + status + filters + keyset
                + " ORDER BY v.product_name, v.entitlement_number LIMIT ?)"
                + " SELECT page.*, l.relation, x.entitlement_number AS linked, x.kind AS linked_kind,"
                + " xp.name AS linked_product_name, " + CAN_SEE_X + " AS can_see"
                + " FROM page LEFT JOIN (" + LINKS + ") l ON l.owner = page.n"
                + " LEFT JOIN subscription x ON x.entitlement_number = l.linked"
                + " LEFT JOIN product xp ON xp.code = x.product"
                + " ORDER BY page.product_name, page.n";
        return new Statement(query, params);
    }

    @Override
    public List<Row> page(PersonId viewer, ListTab tab, LocalDate today, ListFilter filter, Position after,
                          int limit) {
        Statement statement = pageStatement(viewer, tab, today, filter, after, limit);
        String query = statement.sql();
        List<Object> params = statement.params();
        return sql.read(c -> {
            Map<String, Row> rows = new LinkedHashMap<>();
            Map<String, List<Link>> links = new LinkedHashMap<>();
            try (PreparedStatement ps = Sql.prepare(c, query, params.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String number = rs.getString("n");
                    if (!rows.containsKey(number)) {
                        rows.put(number, new Row(new EntitlementNumber(number),
                                SubscriptionKind.valueOf(rs.getString("kind")), new ProductCode(rs.getString("product")),
                                rs.getString("product_name"), Plan.valueOf(rs.getString("plan")),
                                BillingCycle.valueOf(rs.getString("billing_cycle")), rs.getInt("user_tier"),
                                Sql.date(rs, "start_date"), Sql.date(rs, "term_start"),
                                Sql.date(rs, "cancellation_on"), rs.getString("partner_name"), List.of(),
                                pendingChange(rs), hostTier(rs)));
                        links.put(number, new ArrayList<>());
                    }
                    String linked = rs.getString("linked");
                    if (linked != null) {
                        links.get(number).add(new Link(new EntitlementNumber(linked),
                                SubscriptionKind.valueOf(rs.getString("linked_kind")),
                                rs.getString("linked_product_name"),
                                Relation.valueOf(rs.getString("relation").trim()), rs.getInt("can_see") == 1));
                    }
                }
            }
            Comparator<Link> order = Comparator.comparing(Link::relation).thenComparing(Link::productName)
                    .thenComparing(Link::number);
            List<Row> out = new ArrayList<>(rows.size());
            for (Row r : rows.values()) {
                List<Link> own = links.get(r.number().value());
                own.sort(order);
                out.add(new Row(r.number(), r.kind(), r.product(), r.productName(), r.plan(), r.billingCycle(),
                        r.userTier(), r.startDate(), r.termStart(), r.cancellationOn(), r.partnerName(), own,
                        r.pendingChange(), r.hostTier()));
            }
            return out;
        });
    }

    /**
     * Without a search, the person's counts as {@link ViewerCounts} keeps them (a few rows, however
     * many subscriptions they see); with one, one pass over their viewer rows, each counted as found
     * or not. Either way grouped by partner and product, one statement.
     */
    @Override
    public List<Tally> tally(PersonId viewer, LocalDate today, String search) {
        List<Object> params = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (SubscriptionStatus status : List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.CANCELLED,
                SubscriptionStatus.UPCOMING)) {
            String when = JpaSubscriptionRepository.statusPredicate(status, "r.cancellation_on", "r.start_date", "?");
            when.chars().filter(ch -> ch == '?').forEach(ch -> params.add(today));
            counts.append(", SUM(CASE WHEN ").append(when).append(" THEN r.viewers ELSE 0 END) AS ")
                    .append(status.name().toLowerCase(java.util.Locale.ROOT));
        }
        String rows;
        if (search == null) {
            // a subscription without a cancellation is counted under ViewerCounts.NONE, after any day
            rows = "SELECT g.partner_id, g.product, g.start_date, g.cancellation_on, g.viewers, 1 AS found"
                    + " FROM subscription_viewer_count g WHERE g.person_id = ? AND g.viewers <> 0";
        } else {
            // V6: the rows found are read from the search's index; those not found are the person's counts
            // less the rows found, so that no branch reads every row the person sees
            String found = " FROM subscription_viewer v WHERE v.person_id = ? AND " + FOUND;
            rows = "SELECT g.partner_id, g.product, g.start_date, g.cancellation_on, g.viewers, 0 AS found"
                    + " FROM subscription_viewer_count g WHERE g.person_id = ? AND g.viewers <> 0"
                    + " UNION ALL SELECT v.partner_id, v.product, v.start_date, v.cancellation_on, 1, 1" + found
                    + " UNION ALL SELECT v.partner_id, v.product, v.start_date, v.cancellation_on, -1, 0" + found;
            params.addAll(List.of(viewer.toString(), viewer.toString(), pattern(search), viewer.toString(),
                    pattern(search)));
            return tallies(counts, rows, params).stream()
                    .filter(t -> t.found() || t.active() + t.inactive() + t.upcoming() != 0).toList();
        }
        params.add(viewer.toString());
        return tallies(counts, rows, params);
    }

    private List<Tally> tallies(StringBuilder counts, String rows, List<Object> params) {
        String query = "SELECT t.partner_id, pa.name AS partner_name, t.product, p.name AS product_name, t.found,"
                + " t.active, t.cancelled, t.upcoming FROM (SELECT r.partner_id, r.product, r.found" + counts
                + " FROM (" + rows + ") r GROUP BY r.partner_id, r.product, r.found) t"
                + " JOIN partner pa ON pa.id = t.partner_id JOIN product p ON p.code = t.product";
        return sql.read(c -> {
            List<Tally> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, query, params.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Tally(PartnerId.parse(rs.getString("partner_id")), rs.getString("partner_name"),
                            new ProductCode(rs.getString("product")), rs.getString("product_name"),
                            rs.getInt("found") == 1, rs.getInt("active"), rs.getInt("cancelled"),
                            rs.getInt("upcoming")));
                }
            }
            return out;
        });
    }

    private static PlanChange pendingChange(ResultSet rs) throws java.sql.SQLException {
        LocalDate on = Sql.date(rs, "change_effective_on");
        return on == null ? null : new PlanChange(Plan.valueOf(rs.getString("change_plan")),
                rs.getInt("change_user_tier"), BillingCycle.valueOf(rs.getString("change_billing_cycle")), on);
    }

    private static Integer hostTier(ResultSet rs) throws java.sql.SQLException {
        int tier = rs.getInt("host_tier");
        return rs.wasNull() ? null : tier;
    }
}
