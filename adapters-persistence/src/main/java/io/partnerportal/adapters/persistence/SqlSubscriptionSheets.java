package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sheets in one statement whatever their number: the selected subscriptions (with their hosts,
 * contacts and the contacts' cards as arrays beside each row) joined to their partner and to every
 * link, each link with whether it is live and whether the viewer sees it (R11 as index probes on
 * the contact and host keys). Nothing here grows with what the viewer or the partner sees as a
 * whole; the predicates are the core's rules, held to them by the contract test.
 */
final class SqlSubscriptionSheets implements SubscriptionSheets {
    /** The contacts' cards for the subscription aliased {@code s}, aligned arrays in the subscription's order. */
    private static final String CARDS = cards("id") + " AS card_ids, " + cards("email") + " AS card_emails, "
            + cards("name") + " AS card_names, " + cards("locale") + " AS card_locales";
    /**
     * R19: the viewer's role on {@code t} (six parameters, the viewer each time) - their own when
     * they are its contact, else the best they hold on a host (an app) or the collection it was
     * ordered in, else null.
     */
    private static final String ROLE = "CASE"
            + " WHEN " + SqlContactListQuery.probe("FROM subscription_contact ro1 WHERE ro1.entitlement_number"
            + " = t.entitlement_number AND ro1.person_id = ? AND ro1.role = 'MANAGER'") + " THEN 'MANAGER'"
            + " WHEN " + SqlContactListQuery.probe("FROM subscription_contact ro2 WHERE ro2.entitlement_number"
            + " = t.entitlement_number AND ro2.person_id = ?") + " THEN 'VIEWER'"
            + " WHEN " + through("'MANAGER'") + " THEN 'MANAGER'"
            + " WHEN " + through(null) + " THEN 'VIEWER' END";

    /**
     * Whether the viewer (two parameters) is a contact - with {@code role}, or any - of {@code t}'s
     * collection or, for an app, of one of its hosts: each a probe of the contacts' primary key,
     * never a walk through everything the viewer is a contact of.
     */
    private static String through(String role) {
        String withRole = role == null ? "" : " AND rc.role = " + role;
        String withHostRole = role == null ? "" : " AND rh.role = " + role;
        return "(" + SqlContactListQuery.probe("FROM subscription_contact rc WHERE rc.entitlement_number"
                + " = t.collection_number AND rc.person_id = ?" + withRole)
                + " OR (t.kind = 'APP' AND " + SqlContactListQuery.probe("FROM subscription_host th JOIN"
                + " subscription_contact rh ON rh.entitlement_number = th.host_number AND rh.person_id = ?"
                + withHostRole + " WHERE th.entitlement_number = t.entitlement_number") + "))";
    }

    /** The statements built so far, by the shape of their selection (a handful, and IN lists up to {@link Jpa#CHUNK}). */
    private static final Map<String, String> QUERIES = new java.util.concurrent.ConcurrentHashMap<>();
    /** No person has this id: the visibility of a sheet read without a viewer is false. */
    private static final String NOBODY = "-";

    private final Jpa jpa;

    SqlSubscriptionSheets(Jpa jpa) {
        this.jpa = jpa;
    }

    private static String cards(String column) {
        return "(SELECT ARRAY_AGG(card_p." + column + " ORDER BY card_c.ordinal) FROM subscription_contact card_c"
                + " JOIN person card_p ON card_p.id = card_c.person_id"
                + " WHERE card_c.entitlement_number = s.entitlement_number)";
    }

    @Override
    public Optional<Sheet> find(EntitlementNumber number, LocalDate today, PersonId viewer) {
        return sheets("{s}.entitlement_number = ?", List.of(number.value()), "", today, viewer).stream().findFirst();
    }

    @Override
    public List<Sheet> findAll(java.util.Collection<EntitlementNumber> numbers, LocalDate today, PersonId viewer) {
        List<String> distinct = numbers.stream().map(EntitlementNumber::value).distinct().toList();
        List<Sheet> out = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += Jpa.CHUNK) {
            List<String> chunk = distinct.subList(i, Math.min(distinct.size(), i + Jpa.CHUNK));
            out.addAll(sheets("{s}.entitlement_number IN (" + Sql.placeholders(chunk.size()) + ")",
                    new ArrayList<>(chunk), "", today, viewer));
        }
        out.sort(java.util.Comparator.comparing(sheet -> sheet.subscription().number()));
        return out;
    }

    @Override
    public List<Sheet> partnerPage(PartnerId partner, BillingAccountId billingAccount, SubscriptionStatus status,
                                   LocalDate today, EntitlementNumber after, int limit) {
        StringBuilder where = new StringBuilder("{s}.partner_id = ?");
        List<Object> params = new ArrayList<>(List.of(partner.toString()));
        if (billingAccount != null) {
            where.append(" AND {s}.billing_account_id = ?");
            params.add(billingAccount.toString());
        }
        if (after != null) {
            where.append(" AND {s}.entitlement_number > ?");
            params.add(after.value());
        }
        if (status != null) {
            String predicate = JpaSubscriptionRepository.statusPredicate(status, "{s}.cancellation_on",
                    "{s}.start_date", "?");
            where.append(" AND ").append(predicate);
            predicate.chars().filter(ch -> ch == '?').forEach(ch -> params.add(today));
        }
        params.add(limit);
        return sheets(where.toString(), params, " ORDER BY {s}.entitlement_number LIMIT ?", today, null);
    }

    @Override
    public List<Sheet> appsOn(EntitlementNumber host, LocalDate today, PersonId viewer) {
        return sheets("{s}.entitlement_number IN (SELECT a.entitlement_number FROM subscription_host a"
                + " WHERE a.host_number = ?)", List.of(host.value()), "", today, viewer);
    }

    private List<Sheet> sheets(String where, List<Object> whereParams, String orderAndLimit, LocalDate today,
                               PersonId viewer) {
        String who = viewer == null ? NOBODY : viewer.toString();
        // the statement depends only on the shape of the selection: built once per shape
        String query = QUERIES.computeIfAbsent(where + '\n' + orderAndLimit, shape -> query(where, orderAndLimit));
        List<Object> params = new ArrayList<>(whereParams);
        params.add(today);
        params.addAll(List.of(who, who, who));
        params.addAll(whereParams);
        params.addAll(whereParams);
        params.addAll(whereParams);
        params.add(today);
        params.addAll(whereParams);
        params.add(today);
        params.addAll(List.of(who, who, who, who, who, who, who, who, who));
        return jpa.sql(c -> read(c, query, params));
    }

    /**
     * The statement: {@code t} the subscriptions {@code where} and {@code orderAndLimit} select
     * ({@code {s}} standing for the table's alias), {@code l} their links with what is shown of each,
     * joined. The links select the same subscriptions again rather than read {@code t}: H2 answers a
     * join with a common table expression read inside another wrongly. Parameters: the selection's,
     * today, the viewer three times, the links' (see {@link SqlContactListQuery#links}), the viewer
     * nine times.
     */
    static String query(String where, String orderAndLimit) {
        String numbers = "SELECT ps.entitlement_number FROM subscription ps WHERE " + where.replace("{s}", "ps")
                + orderAndLimit.replace("{s}", "ps");
        return "WITH t AS (SELECT " + SubscriptionRows.COLUMNS + ", " + CARDS
                + " FROM subscription s WHERE " + where.replace("{s}", "s") + orderAndLimit.replace("{s}", "s") + "),"
                + " l AS (SELECT l0.owner, l0.relation, x.entitlement_number AS linked, x.kind AS linked_kind,"
                + " x.product AS linked_product, CASE WHEN x.cancellation_on IS NULL THEN 1 ELSE 0 END AS linked_live,"
                + " CASE WHEN x.change_effective_on <= ? THEN x.change_user_tier ELSE x.user_tier END AS linked_tier, "
                + SqlContactListQuery.canSee("x") + " AS linked_visible"
                + " FROM (" + SqlContactListQuery.links(numbers) + ") l0"
                + " JOIN subscription x ON x.entitlement_number = l0.linked)"
                + " SELECT t.*, pa.name AS partner_name, pa.contact_email AS partner_email,"
                + " pa.created_at AS partner_created_at, " + SqlContactListQuery.canSee("t") + " AS t_visible, "
                + ROLE + " AS t_role,"
                + " l.relation, l.linked, l.linked_kind, l.linked_product, l.linked_live, l.linked_tier, l.linked_visible"
                + " FROM t JOIN partner pa ON pa.id = t.partner_id"
                + " LEFT JOIN l ON l.owner = t.entitlement_number"
                + " ORDER BY t.entitlement_number";
    }

    private static List<Sheet> read(Connection c, String query, List<Object> params) throws SQLException {
        Map<String, Subscription> subscriptions = new LinkedHashMap<>();
        Map<String, Partner> partners = new LinkedHashMap<>();
        Map<String, List<Card>> cards = new LinkedHashMap<>();
        Map<String, Boolean> visible = new LinkedHashMap<>();
        Map<String, ContactRole> roles = new LinkedHashMap<>();
        Map<String, List<Neighbour>> neighbours = new LinkedHashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, query, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String number = rs.getString("entitlement_number");
                if (!subscriptions.containsKey(number)) {
                    subscriptions.put(number, SubscriptionRows.read(rs));
                    partners.put(number, new Partner(new PartnerId(UUID.fromString(rs.getString("partner_id"))),
                            new io.partnerportal.core.domain.party.DisplayName(rs.getString("partner_name")),
                            new io.partnerportal.core.domain.party.EmailAddress(rs.getString("partner_email")),
                            Times.instant(rs.getObject("partner_created_at", OffsetDateTime.class))));
                    cards.put(number, cards(rs));
                    visible.put(number, rs.getInt("t_visible") == 1);
                    String role = rs.getString("t_role");
                    roles.put(number, role == null ? null : ContactRole.valueOf(role.trim()));
                    neighbours.put(number, new ArrayList<>());
                }
                String linked = rs.getString("linked");
                if (linked != null) {
                    neighbours.get(number).add(new Neighbour(new EntitlementNumber(linked),
                            SubscriptionKind.valueOf(rs.getString("linked_kind")),
                            new ProductCode(rs.getString("linked_product")),
                            Relation.valueOf(rs.getString("relation").trim()), rs.getInt("linked_live") == 1,
                            rs.getInt("linked_tier"), rs.getInt("linked_visible") == 1));
                }
            }
        }
        List<Sheet> out = new ArrayList<>(subscriptions.size());
        subscriptions.forEach((number, s) -> out.add(new Sheet(s, partners.get(number), cards.get(number),
                neighbours.get(number), visible.get(number), roles.get(number))));
        return out;
    }

    private static List<Card> cards(ResultSet rs) throws SQLException {
        List<String> ids = SubscriptionRows.strings(rs.getArray("card_ids"));
        List<String> emails = SubscriptionRows.strings(rs.getArray("card_emails"));
        List<String> names = SubscriptionRows.strings(rs.getArray("card_names"));
        List<String> locales = SubscriptionRows.strings(rs.getArray("card_locales"));
        List<Card> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            out.add(new Card(new PersonId(UUID.fromString(ids.get(i))), emails.get(i), names.get(i),
                    ContactLocale.parse(locales.get(i)).tag()));
        }
        return out;
    }
}
