package io.partnerportal.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Plain JDBC for the statements that are clearer as SQL than as JPA: the outbox claim (one
 * statement, safe across instances) and the contact list's read model. Each call gets its own
 * connection and transaction; failures are translated like every other.
 */
final class Sql {
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A read in auto-commit mode: one statement needs no transaction of its own (and under READ
     * COMMITTED a transaction would give several statements no common snapshot either), so a read
     * sends the database its statements alone, with no BEGIN or COMMIT around them.
     */
    <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw Failures.translate(new IllegalStateException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.translate(new IllegalStateException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the database discards the transaction
        }
    }

    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Instant i) {
            ps.setObject(index, Times.utc(i));
        } else {
            ps.setObject(index, value);
        }
    }

    /** Reads one row of a result. */
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row {@code sql} finds, read by {@code row}; empty when it finds none. */
    static <T> java.util.Optional<T> first(Connection c, String sql, RowReader<T> row, Object... params)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? java.util.Optional.of(row.read(rs)) : java.util.Optional.empty();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
        return ps;
    }

    /**
     * Runs one statement once per row of parameters as one JDBC batch (one round trip where the driver can).
     *
     * @param ids  the id each row of parameters names, in the same order
     * @return the ids whose statement changed exactly one row
     */
    static Set<Long> batch(Connection c, String sql, List<Long> ids, List<Object[]> rows) throws SQLException {
        Set<Long> changed = new HashSet<>();
        if (rows.isEmpty()) {
            return changed;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] params : rows) {
                for (int i = 0; i < params.length; i++) {
                    bind(ps, i + 1, params[i]);
                }
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length && i < ids.size(); i++) {
                if (counts[i] == 1) {
                    changed.add(ids.get(i));
                }
            }
        }
        return changed;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (v instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * @param text any text
     * @return it as a {@code LIKE} pattern matching it exactly, under {@code ESCAPE '!'}
     */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
