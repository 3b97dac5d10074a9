package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.port.out.ContactListQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact's list page in two statements whatever its size: the page itself (visibility R11,
 * tab R2, keyset order by product name then number, with product and partner names), then every
 * link of the page's rows with whether the viewer can open it. The predicates are the core's
 * {@code Visibility} and {@code Subscription#statusOf} rules written as SQL; the core's contract
 * test holds them to those rules.
 */
final class SqlContactListQuery implements ContactListQuery {
    private static final String ASSIGNED =
            "assigned AS (SELECT entitlement_number AS n FROM subscription_contact WHERE person_id = ?)";
    private static final String VISIBLE = "visible AS ("
            + "SELECT n FROM assigned"
            + " UNION SELECT h.entitlement_number FROM subscription_host h WHERE h.host_number IN (SELECT n FROM assigned)"
            + " UNION SELECT s.entitlement_number FROM subscription s WHERE s.collection_number IN (SELECT n FROM assigned))";
    private static final String CAN_SEE_X = "CASE WHEN x.entitlement_number IN (SELECT n FROM assigned)"
            + " OR EXISTS (SELECT 1 FROM subscription_host hx WHERE hx.entitlement_number = x.entitlement_number"
            + " AND hx.host_number IN (SELECT n FROM assigned))"
            + " OR x.collection_number IN (SELECT n FROM assigned) THEN 1 ELSE 0 END";

    private final Sql sql;

    SqlContactListQuery(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Row> page(PersonId viewer, ListTab tab, LocalDate today, Position after, int limit) {
        return sql.transaction(c -> {
            String status = JpaSubscriptionRepository.statusPredicate(tab.status(), "s.cancellation_on", "s.start_date",
                    "?");
            List<Object> params = new ArrayList<>(List.of(viewer.toString()));
            status.chars().filter(ch -> ch == '?').forEach(ch -> params.add(today));
            String keyset = "";
            if (after != null) {
                keyset = " AND (pr.name > ? OR (pr.name = ? AND s.entitlement_number > ?))";
                params.addAll(List.of(after.productName(), after.productName(), after.number().value()));
            }
            params.add(limit);
            String page = "WITH " + ASSIGNED + ", " + VISIBLE
                    + " SELECT s.entitlement_number, s.kind, s.product, pr.name AS product_name, s.plan,"
                    + " s.billing_cycle, s.user_tier, s.start_date, s.term_start, s.cancellation_on,"
                    + " pa.name AS partner_name"
                    + " FROM visible v JOIN subscription s ON s.entitlement_number = v.n"
                    + " JOIN product pr ON pr.code = s.product JOIN partner pa ON pa.id = s.partner_id"
                    + " WHERE " + status + keyset
                    + " ORDER BY pr.name, s.entitlement_number LIMIT ?";
            Map<String, Row> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = Sql.prepare(c, page, params.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String number = rs.getString("entitlement_number");
                    rows.put(number, new Row(new EntitlementNumber(number), SubscriptionKind.valueOf(rs.getString("kind")),
                            new ProductCode(rs.getString("product")), rs.getString("product_name"),
                            Plan.valueOf(rs.getString("plan")), BillingCycle.valueOf(rs.getString("billing_cycle")),
                            rs.getInt("user_tier"), Sql.date(rs, "start_date"), Sql.date(rs, "term_start"),
                            Sql.date(rs, "cancellation_on"), rs.getString("partner_name"), List.of()));
                }
            }
            if (rows.isEmpty()) {
                return List.<Row>of();
            }
            Map<String, List<Link>> links = links(c, viewer, today, List.copyOf(rows.keySet()));
            List<Row> out = new ArrayList<>();
            for (Row r : rows.values()) {
                List<Link> own = links.getOrDefault(r.number().value(), List.of());
                out.add(new Row(r.number(), r.kind(), r.product(), r.productName(), r.plan(), r.billingCycle(),
                        r.userTier(), r.startDate(), r.termStart(), r.cancellationOn(), r.partnerName(), own));
            }
            return out;
        });
    }

    private static Map<String, List<Link>> links(java.sql.Connection c, PersonId viewer, LocalDate today,
                                                 List<String> numbers) throws java.sql.SQLException {
        String in = Sql.placeholders(numbers.size());
        String query = "WITH " + ASSIGNED
                + " SELECT l.owner, l.relation, x.entitlement_number, x.kind, pr.name AS product_name, "
                + CAN_SEE_X + " AS can_see FROM ("
                + "SELECT h.host_number AS owner, CAST('APP' AS VARCHAR(20)) AS relation, h.entitlement_number AS linked"
                + " FROM subscription_host h WHERE h.host_number IN (" + in + ")"
                + " UNION ALL SELECT h.entitlement_number, CAST('HOST' AS VARCHAR(20)), h.host_number"
                + " FROM subscription_host h WHERE h.entitlement_number IN (" + in + ")"
                + " UNION ALL SELECT s.entitlement_number, CAST('COLLECTION' AS VARCHAR(20)), s.collection_number"
                + " FROM subscription s WHERE s.entitlement_number IN (" + in + ") AND s.collection_number IS NOT NULL"
                + " AND (s.detach_on IS NULL OR s.detach_on > ?)"
                + " UNION ALL SELECT p.collection_number, CAST('INCLUDED_PRODUCT' AS VARCHAR(20)), p.entitlement_number"
                + " FROM subscription p WHERE p.collection_number IN (" + in + ")"
                + " AND (p.detach_on IS NULL OR p.detach_on > ?)"
                + ") l JOIN subscription x ON x.entitlement_number = l.linked JOIN product pr ON pr.code = x.product";
        List<Object> params = new ArrayList<>();
        params.add(viewer.toString());
        params.addAll(numbers);
        params.addAll(numbers);
        params.addAll(numbers);
        params.add(today);
        params.addAll(numbers);
        params.add(today);
        Map<String, List<Link>> out = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, query, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString("owner"), k -> new ArrayList<>()).add(new Link(
                        new EntitlementNumber(rs.getString("entitlement_number")),
                        SubscriptionKind.valueOf(rs.getString("kind")), rs.getString("product_name"),
                        Relation.valueOf(rs.getString("relation").trim()), rs.getInt("can_see") == 1));
            }
        }
        Comparator<Link> order = Comparator.comparing(Link::relation).thenComparing(Link::productName)
                .thenComparing(Link::number);
        out.values().forEach(l -> l.sort(order));
        return out;
    }
}
