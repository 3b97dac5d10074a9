package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.SigningKeys;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;

/**
 * Signing keys in the table {@code signing_key}: read, or made at first use. Two instances making
 * the same key at once meet at the primary key; the one that loses reads the winner's.
 */
final class SqlSigningKeys implements SigningKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Sql sql;

    SqlSigningKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public byte[] key(String purpose) {
        byte[] found = sql.transaction(c -> read(c, purpose));
        if (found != null) {
            return found;
        }
        byte[] made = new byte[32];
        RANDOM.nextBytes(made);
        try {
            sql.transaction(c -> {
                try (PreparedStatement ps = Sql.prepare(c, "INSERT INTO signing_key (purpose, secret, created_at)"
                        + " VALUES (?, ?, ?)", purpose, Base64.getEncoder().encodeToString(made), Instant.now())) {
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException raced) {
            // another instance made it first: theirs is the key
        }
        byte[] key = sql.transaction(c -> read(c, purpose));
        if (key == null) {
            throw new IllegalStateException("no signing key for " + purpose);
        }
        return key;
    }

    private static byte[] read(Connection c, String purpose) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT secret FROM signing_key WHERE purpose = ?", purpose);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Base64.getDecoder().decode(rs.getString(1)) : null;
        }
    }
}
