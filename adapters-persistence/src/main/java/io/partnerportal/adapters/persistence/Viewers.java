package io.partnerportal.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@code subscription_viewer} - who sees which subscription (R11), with what a list page is
 * ordered and filtered by - in step with the subscriptions, in the unit of work that changes them:
 * for every subscription the unit touched, the rows of it, of the apps on it and of the products
 * ordered in it are written again, in two statements per {@link Jpa#CHUNK} touched subscriptions
 * however many people see them. The rule is the core's {@code Visibility}, written as SQL; the
 * contact list's contract test holds the table to it.
 */
final class Viewers {
    /** The subscriptions whose viewers change with the touched ones (each {@code %s} a list of them). */
    private static final String AFFECTED = "SELECT a.entitlement_number FROM subscription a"
            + " WHERE a.entitlement_number IN (%1$s) OR a.collection_number IN (%1$s)"
            + " UNION SELECT ah.entitlement_number FROM subscription_host ah WHERE ah.host_number IN (%1$s)";
    private static final String DELETE = "DELETE FROM subscription_viewer WHERE entitlement_number IN ("
            + AFFECTED + ")";
    private static final String INSERT = "INSERT INTO subscription_viewer (person_id, entitlement_number,"
            + " product_name, start_date, cancellation_on, partner_id, product)"
            + " SELECT v.person_id, s.entitlement_number, p.name, s.start_date, s.cancellation_on, s.partner_id,"
            + " s.product FROM ("
            + "SELECT c.person_id, c.entitlement_number FROM subscription_contact c"
            + " WHERE c.entitlement_number IN (" + AFFECTED + ")"
            + " UNION SELECT c.person_id, h.entitlement_number FROM subscription_host h"
            + " JOIN subscription_contact c ON c.entitlement_number = h.host_number"
            + " WHERE h.entitlement_number IN (" + AFFECTED + ")"
            + " UNION SELECT c.person_id, o.entitlement_number FROM subscription o"
            + " JOIN subscription_contact c ON c.entitlement_number = o.collection_number"
            + " WHERE o.entitlement_number IN (" + AFFECTED + ")) v"
            + " JOIN subscription s ON s.entitlement_number = v.entitlement_number"
            + " JOIN product p ON p.code = s.product";

    private Viewers() {
    }

    /** Writes again the viewers of the subscriptions {@code touched} reaches, on the unit's connection. */
    static void refresh(Connection c, Collection<String> touched) throws SQLException {
        List<String> all = List.copyOf(touched);
        for (int i = 0; i < all.size(); i += Jpa.CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + Jpa.CHUNK));
            String list = Sql.placeholders(chunk.size());
            execute(c, DELETE.formatted(list), chunk, 3);
            execute(c, INSERT.formatted(list), chunk, 9);
        }
    }

    private static void execute(Connection c, String sql, List<String> chunk, int times) throws SQLException {
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            params.addAll(chunk);
        }
        try (PreparedStatement ps = Sql.prepare(c, sql, params.toArray())) {
            ps.executeUpdate();
        }
    }
}
