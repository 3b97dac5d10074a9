package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.RateLimitCounter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Rate limits counted by PostgreSQL, so every instance on the database shares them: one statement
 * per request, an {@code INSERT … ON CONFLICT DO UPDATE … RETURNING} on the limiter's and key's row
 * that moves its theoretical arrival time on when the request is within the limit and leaves it
 * when not (the row lock orders concurrent requests, so the limit holds in total). Keys are stored
 * hashed. {@link #forgetIdle} deletes the rows whose allowance is whole again.
 */
final class SqlRateLimitCounter implements RateLimitCounter {
    /** {@code max(TAT, now) - now <= tolerance}: the request is within the limit. */
    private static final String WITHIN = "GREATEST(c.tat_nanos, ?) - ? <= ?";
    static final String TAKE = "INSERT INTO rate_limit_counter AS c (limiter, key_hash, tat_nanos, counted) "
            + "VALUES (?, ?, ?, TRUE) "
            + "ON CONFLICT (limiter, key_hash) DO UPDATE SET "
            + "counted = " + WITHIN + ", "
            + "tat_nanos = CASE WHEN " + WITHIN + " THEN GREATEST(c.tat_nanos, ?) + ? ELSE c.tat_nanos END "
            + "RETURNING counted, tat_nanos";
    static final String FORGET = "DELETE FROM rate_limit_counter WHERE tat_nanos <= ?";

    private final DataSource dataSource;

    SqlRateLimitCounter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Duration take(String limiter, String key, Limit limit, Instant now) {
        long at = RateLimitCounter.nanos(now);
        long interval = limit.intervalNanos();
        long tolerance = limit.toleranceNanos();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(TAKE)) {
            c.setAutoCommit(true);
            int i = 1;
            ps.setString(i++, limiter);
            ps.setString(i++, hash(key));
            ps.setLong(i++, at + interval);
            for (int within = 0; within < 2; within++) {
                ps.setLong(i++, at);
                ps.setLong(i++, at);
                ps.setLong(i++, tolerance);
            }
            ps.setLong(i++, at);
            ps.setLong(i, interval);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean counted = rs.getBoolean(1);
                long tat = rs.getLong(2);
                return counted ? Duration.ZERO : Duration.ofNanos(Math.max(1, tat - at - tolerance));
            }
        } catch (SQLException e) {
            throw Failures.translate(new IllegalStateException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public int forgetIdle(Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(FORGET)) {
            c.setAutoCommit(true);
            ps.setLong(1, RateLimitCounter.nanos(now));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Failures.translate(new IllegalStateException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    /** SHA-256 in hex: no address or email at rest, and every key the same length. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
