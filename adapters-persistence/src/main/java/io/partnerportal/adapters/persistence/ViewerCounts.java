package io.partnerportal.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps {@code subscription_viewer_count} - how many subscriptions each person sees, by partner,
 * product and the two dates R2 reads (start, cancellation; {@link #NONE} for none) - in step with
 * {@code subscription_viewer}, so that a list's counts per tab read a few rows whatever the person
 * sees. {@link Viewers} counts the rows it is about to delete and the rows it wrote, and the
 * difference is added in one statement, rows in key order (so two units adding to the same counts
 * take their locks in the same order). Counts that fall to zero stay, read as nothing.
 */
final class ViewerCounts {
    /** The cancellation date of a subscription without one. */
    static final LocalDate NONE = LocalDate.of(9999, 12, 31);
    private static final String COLUMNS = "person_id, partner_id, product, start_date, cancellation_on, viewers";
    /** Rows a statement adds at most (six parameters each). */
    private static final int ROWS = 1000;

    private final Map<Key, Integer> delta = new TreeMap<>(Comparator.comparing(Key::person)
            .thenComparing(Key::partner).thenComparing(Key::product).thenComparing(Key::start)
            .thenComparing(Key::cancellation));

    /** One count's key. */
    private record Key(String person, String partner, String product, LocalDate start, LocalDate cancellation) {
    }

    /**
     * Adds {@code sign} times the viewer rows {@code grouped} (a query of person, partner, product,
     * start, cancellation and a count) finds.
     */
    void add(Connection c, String grouped, Object[] params, int sign) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, grouped, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate cancellation = Sql.date(rs, "cancellation_on");
                Key key = new Key(rs.getString("person_id"), rs.getString("partner_id"), rs.getString("product"),
                        Sql.date(rs, "start_date"), cancellation == null ? NONE : cancellation);
                delta.merge(key, sign * rs.getInt("viewers"), Integer::sum);
            }
        }
    }

    /** Writes the differences counted so far, and forgets them. */
    void write(Connection c, Dialect dialect) throws SQLException {
        List<Map.Entry<Key, Integer>> changed = delta.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        for (int i = 0; i < changed.size(); i += ROWS) {
            List<Map.Entry<Key, Integer>> rows = changed.subList(i, Math.min(changed.size(), i + ROWS));
            List<Object> params = new ArrayList<>(rows.size() * 6);
            for (Map.Entry<Key, Integer> e : rows) {
                Key k = e.getKey();
                params.addAll(List.of(k.person(), k.partner(), k.product(), k.start(), k.cancellation(), e.getValue()));
            }
            try (PreparedStatement ps = Sql.prepare(c, upsert(dialect, rows.size()), params.toArray())) {
                ps.executeUpdate();
            }
        }
        delta.clear();
    }

    private static String upsert(Dialect dialect, int rows) {
        if (dialect == Dialect.POSTGRES) {
            return "INSERT INTO subscription_viewer_count AS g (" + COLUMNS + ") VALUES "
                    + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?)"))
                    + " ON CONFLICT (person_id, partner_id, product, start_date, cancellation_on)"
                    + " DO UPDATE SET viewers = g.viewers + EXCLUDED.viewers";
        }
        String row = "SELECT CAST(? AS VARCHAR(36)) AS person_id, CAST(? AS VARCHAR(36)) AS partner_id,"
                + " CAST(? AS VARCHAR(64)) AS product, CAST(? AS DATE) AS start_date,"
                + " CAST(? AS DATE) AS cancellation_on, CAST(? AS INTEGER) AS viewers";
        return "MERGE INTO subscription_viewer_count g USING ("
                + String.join(" UNION ALL ", java.util.Collections.nCopies(rows, row)) + ") d"
                + " ON g.person_id = d.person_id AND g.partner_id = d.partner_id AND g.product = d.product"
                + " AND g.start_date = d.start_date AND g.cancellation_on = d.cancellation_on"
                + " WHEN MATCHED THEN UPDATE SET viewers = g.viewers + d.viewers"
                + " WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (d.person_id, d.partner_id, d.product,"
                + " d.start_date, d.cancellation_on, d.viewers)";
    }
}
