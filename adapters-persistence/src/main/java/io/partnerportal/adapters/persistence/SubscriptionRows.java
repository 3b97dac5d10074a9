package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.subscription.Subscription;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Subscriptions read in plain SQL, each with its ordered hosts and contacts, in one statement
 * whatever their number: the hosts and contacts come as arrays aggregated beside each row, so no
 * second query and no persistence context is involved. The rows are mapped by
 * {@link SubscriptionMapper} like the entities are.
 */
final class SubscriptionRows {
    /** Every column of the aggregate for the subscription aliased {@code s}. */
    static final String COLUMNS = "s.entitlement_number, s.kind, s.product, s.partner_id, s.billing_account_id,"
            + " s.plan, s.billing_cycle, s.user_tier, s.active_users, s.start_date, s.term_start, s.site,"
            + " s.organization, s.collection_number, s.detach_on, s.requested_on, s.requested_reason,"
            + " s.requested_by_kind, s.requested_by_id, s.requested_at, s.cascaded_on, s.cascaded_reason,"
            + " s.cascaded_by_kind, s.cascaded_by_id, s.cascaded_at, s.cascaded_cause, s.cascaded_from,"
            + " s.cancellation_on, s.created_at, s.version, s.change_plan, s.change_user_tier,"
            + " s.change_billing_cycle, s.change_effective_on,"
            + " (SELECT ARRAY_AGG(row_h.host_number ORDER BY row_h.ordinal) FROM subscription_host row_h"
            + " WHERE row_h.entitlement_number = s.entitlement_number) AS hosts,"
            + " (SELECT ARRAY_AGG(row_c.person_id ORDER BY row_c.ordinal) FROM subscription_contact row_c"
            + " WHERE row_c.entitlement_number = s.entitlement_number) AS contacts,"
            + " (SELECT ARRAY_AGG(row_r.role ORDER BY row_r.ordinal) FROM subscription_contact row_r"
            + " WHERE row_r.entitlement_number = s.entitlement_number) AS contact_roles";

    private SubscriptionRows() {
    }

    /** The subscriptions {@code where} (a condition on {@code s}) selects, in the order {@code orderBy} gives. */
    static List<Subscription> select(Connection c, String where, String orderBy, Object... params)
            throws SQLException {
        String query = "SELECT " + COLUMNS + " FROM subscription s WHERE " + where
                + (orderBy == null ? "" : " ORDER BY " + orderBy);
        try (PreparedStatement ps = Sql.prepare(c, query, params); ResultSet rs = ps.executeQuery()) {
            List<Subscription> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        }
    }

    /**
     * The subscriptions {@code condition} selects when its {@code %s} stands for a list of
     * {@code values}, {@link Jpa#CHUNK} values a statement (one statement up to that many).
     */
    static List<Subscription> in(Connection c, String condition, Collection<String> values) throws SQLException {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        List<Subscription> out = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += Jpa.CHUNK) {
            List<String> chunk = distinct.subList(i, Math.min(distinct.size(), i + Jpa.CHUNK));
            out.addAll(select(c, condition.formatted(Sql.placeholders(chunk.size())), null, chunk.toArray()));
        }
        return out;
    }

    /** The aggregate on the current row of {@code rs}, which selected {@link #COLUMNS}. */
    static Subscription read(ResultSet rs) throws SQLException {
        SubscriptionEntity e = new SubscriptionEntity();
        e.number = rs.getString("entitlement_number");
        e.kind = rs.getString("kind");
        e.product = rs.getString("product");
        e.partnerId = rs.getString("partner_id");
        e.billingAccountId = rs.getString("billing_account_id");
        e.plan = rs.getString("plan");
        e.billingCycle = rs.getString("billing_cycle");
        e.userTier = rs.getInt("user_tier");
        int activeUsers = rs.getInt("active_users");
        e.activeUsers = rs.wasNull() ? null : activeUsers;
        e.startDate = Sql.date(rs, "start_date");
        e.termStart = Sql.date(rs, "term_start");
        e.site = rs.getString("site");
        e.organization = rs.getString("organization");
        e.collectionNumber = rs.getString("collection_number");
        e.detachOn = Sql.date(rs, "detach_on");
        e.requestedOn = Sql.date(rs, "requested_on");
        e.requestedReason = rs.getString("requested_reason");
        e.requestedByKind = rs.getString("requested_by_kind");
        e.requestedById = rs.getString("requested_by_id");
        e.requestedAt = rs.getObject("requested_at", OffsetDateTime.class);
        e.cascadedOn = Sql.date(rs, "cascaded_on");
        e.cascadedReason = rs.getString("cascaded_reason");
        e.cascadedByKind = rs.getString("cascaded_by_kind");
        e.cascadedById = rs.getString("cascaded_by_id");
        e.cascadedAt = rs.getObject("cascaded_at", OffsetDateTime.class);
        e.cascadedCause = rs.getString("cascaded_cause");
        e.cascadedFrom = rs.getString("cascaded_from");
        e.cancellationOn = Sql.date(rs, "cancellation_on");
        e.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        e.version = rs.getLong("version");
        e.changePlan = rs.getString("change_plan");
        int changeTier = rs.getInt("change_user_tier");
        e.changeUserTier = rs.wasNull() ? null : changeTier;
        e.changeBillingCycle = rs.getString("change_billing_cycle");
        e.changeEffectiveOn = Sql.date(rs, "change_effective_on");
        e.hosts = strings(rs.getArray("hosts"));
        List<String> people = strings(rs.getArray("contacts"));
        List<String> roles = strings(rs.getArray("contact_roles"));
        e.contacts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            e.contacts.add(new ContactEntity(e, people.get(i), i, roles.get(i).trim()));
        }
        return SubscriptionMapper.toDomain(e);
    }

    /** An aggregated array as strings; SQL's NULL (nothing to aggregate) is empty. */
    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return new ArrayList<>();
        }
        Object[] values = (Object[]) array.getArray();
        return new ArrayList<>(Arrays.stream(values).map(String::valueOf).toList());
    }
}
