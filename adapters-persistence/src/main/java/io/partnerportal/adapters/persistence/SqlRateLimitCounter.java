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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
    /** {@code max(TAT, now) - now <= tolerance}, the tolerance the proposed row carries. */
    private static final String WITHIN = "GREATEST(c.tat_nanos, ?) - ? <= EXCLUDED.tolerance_nanos";
    private static final String ROW = "(?, ?, ?, TRUE, ?, ?)";
    static final String FORGET = "DELETE FROM rate_limit_counter WHERE tat_nanos <= ?";

    private final DataSource dataSource;

    SqlRateLimitCounter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} for {@code rows} limits: each row
     * proposes its key's first TAT ({@code now + interval}) and its limit; an existing row moves its
     * TAT on by the interval when the request is within the tolerance, and is left when not.
     */
    static String take(int rows) {
        return "INSERT INTO rate_limit_counter AS c (limiter, key_hash, tat_nanos, counted, interval_nanos, "
                + "tolerance_nanos) VALUES " + String.join(", ", java.util.Collections.nCopies(rows, ROW))
                + " ON CONFLICT (limiter, key_hash) DO UPDATE SET "
                + "counted = " + WITHIN + ", "
                + "tat_nanos = CASE WHEN " + WITHIN + " THEN GREATEST(c.tat_nanos, ?) + EXCLUDED.interval_nanos"
                + " ELSE c.tat_nanos END, "
                + "interval_nanos = EXCLUDED.interval_nanos, tolerance_nanos = EXCLUDED.tolerance_nanos "
                + "RETURNING limiter, counted, tat_nanos, tolerance_nanos";
    }

    @Override
    public Duration take(String limiter, String key, Limit limit, Instant now) {
        return takeAll(List.of(new Take(limiter, key, limit)), now);
    }

    @Override
    public Duration takeAll(List<Take> takes, Instant now) {
        Duration longest = Duration.ZERO;
        for (Count c : countAll(takes, now)) {
            longest = c.retryAfter().compareTo(longest) > 0 ? c.retryAfter() : longest;
        }
        return longest;
    }

    @Override
    public List<Count> countAll(List<Take> takes, Instant now) {
        if (takes.isEmpty()) {
            return List.of();
        }
        long at = RateLimitCounter.nanos(now);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(take(takes.size()))) {
            c.setAutoCommit(true);
            int i = 1;
            for (Take t : takes) {
                ps.setString(i++, t.limiter());
                ps.setString(i++, hash(t.key()));
                ps.setLong(i++, at + t.limit().intervalNanos());
                ps.setLong(i++, t.limit().intervalNanos());
                ps.setLong(i++, t.limit().toleranceNanos());
            }
            for (int within = 0; within < 2; within++) {
                ps.setLong(i++, at);
                ps.setLong(i++, at);
            }
            ps.setLong(i, at);
            Map<String, Count> byLimiter = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String limiter = rs.getString("limiter");
                    Take t = takes.stream().filter(x -> x.limiter().equals(limiter)).findFirst().orElseThrow();
                    long tat = rs.getLong("tat_nanos");
                    Duration wait = rs.getBoolean("counted") ? Duration.ZERO
                            : Duration.ofNanos(Math.max(1, tat - at - rs.getLong("tolerance_nanos")));
                    byLimiter.put(t.limiter(), new Count(t, wait, OptionalLong.of(tat)));
                }
            }
            return takes.stream().map(t -> byLimiter.get(t.limiter())).toList();
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
