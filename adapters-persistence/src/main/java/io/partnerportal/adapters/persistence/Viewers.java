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
 * ordered in it are written again, in four statements per {@link Jpa#CHUNK} touched subscriptions
 * however many people see them (the rows counted before and after, deleted, inserted), and their
 * counts ({@link ViewerCounts}) in one more. The rule is the core's {@code Visibility}, written as SQL; the
 * contact list's contract test holds the table to it.
 */
final class Viewers {
    /**
     * What a search of the list looks in (SQL on {@code s}, its subscription, and {@code p}, its
     * product): the product's name, the entitlement number, the site and the organization,
     * lower-cased by the database like the search itself, joined by U+001F, which no search holds.
     */
    static final String SEARCH_TEXT = "LOWER(p.name || '\u001f' || s.entitlement_number || '\u001f'"
            + " || COALESCE(s.site, '') || '\u001f' || COALESCE(s.organization, ''))";

    /**
     * The subscriptions whose viewers change with the touched ones (each {@code %s} a list of them):
     * three lookups, each by an index (an {@code OR} of the first two was planned as a scan of every
     * subscription while the table had no statistics).
     */
    private static final String AFFECTED = "SELECT a.entitlement_number FROM subscription a"
            + " WHERE a.entitlement_number IN (%1$s)"
            + " UNION SELECT ac.entitlement_number FROM subscription ac WHERE ac.collection_number IN (%1$s)"
            + " UNION SELECT ah.entitlement_number FROM subscription_host ah WHERE ah.host_number IN (%1$s)";
    private static final String DELETE = "DELETE FROM subscription_viewer WHERE entitlement_number IN ("
            + AFFECTED + ")";
    private static final String INSERT = "INSERT INTO subscription_viewer (person_id, entitlement_number,"
            + " product_name, start_date, cancellation_on, partner_id, product, search_text)"
            + " SELECT v.person_id, s.entitlement_number, p.name, s.start_date, s.cancellation_on, s.partner_id,"
            + " s.product, " + SEARCH_TEXT + " FROM ("
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

    /** The viewer rows of the subscriptions {@link #AFFECTED} reaches, counted as {@link ViewerCounts} keeps them. */
    private static final String GROUPED = "SELECT person_id, partner_id, product, start_date, cancellation_on,"
            + " COUNT(*) AS viewers FROM subscription_viewer WHERE entitlement_number IN (" + AFFECTED + ")"
            + " GROUP BY person_id, partner_id, product, start_date, cancellation_on";

    private Viewers() {
    }

    /**
     * Writes again the viewers of the subscriptions {@code touched} reaches, and their counts, on the
     * unit's connection.
     */
    static void refresh(Connection c, Dialect dialect, Collection<String> touched) throws SQLException {
        List<String> all = List.copyOf(touched);
        ViewerCounts counts = new ViewerCounts();
        for (int i = 0; i < all.size(); i += Jpa.CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + Jpa.CHUNK));
            String list = Sql.placeholders(chunk.size());
            counts.add(c, GROUPED.formatted(list), params(chunk, 3), -1);
            execute(c, DELETE.formatted(list), params(chunk, 3));
            execute(c, INSERT.formatted(list), params(chunk, 9));
            counts.add(c, GROUPED.formatted(list), params(chunk, 3), 1);
        }
        counts.write(c, dialect);
    }

    private static Object[] params(List<String> chunk, int times) {
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            params.addAll(chunk);
        }
        return params.toArray();
    }

    private static void execute(Connection c, String sql, Object[] params) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, sql, params)) {
            ps.executeUpdate();
        }
    }
}
