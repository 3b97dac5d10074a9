package io.partnerportal.core.domain.access;

import io.partnerportal.core.domain.party.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API key: its public id and the hash of its secret. The key handed out is
 * {@code psp_<id>_<secret>}; the id finds the row, the secret is checked against the hash. A
 * revoked key ({@code revokedAt} set) never authenticates again (R22).
 *
 * @param id         the public id, the part between {@code psp_} and the secret
 * @param secretHash the SHA-256 of the secret, hex
 * @param kind       a partner's key or a support key
 * @param partner    the partner a partner key acts for; null for a support key
 * @param createdAt  when it was issued
 * @param revokedAt  when it was revoked; null while it is active
 * @param name       what its partner calls it (R22), or null (keys issued by the admin commands)
 * @param lastUsedAt when it last authenticated, to the minute (R22), or null
 */
public record ApiKey(String id, String secretHash, Kind kind, PartnerId partner, Instant createdAt,
                     Instant revokedAt, String name, Instant lastUsedAt) {

    /** How often at most the time of a key's last use is written (R22). */
    public static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofMinutes(1);

    /** A partner's key acts for that partner; a support key acts as vendor support. */
    public enum Kind { /** Acts for its partner (R12). */ PARTNER, /** Acts as vendor support (R8). */ SUPPORT }

    private static final String PREFIX = "psp_";

    /**
     * Checks that a partner key, and only a partner key, names its partner.
     *
     * @param id         the public id, the part between {@code psp_} and the secret
     * @param secretHash the SHA-256 of the secret, hex
     * @param kind       a partner's key or a support key
     * @param partner    the partner a partner key acts for; null for a support key
     * @param createdAt  when it was issued
     * @param revokedAt  when it was revoked; null while it is active
     * @param name       what its partner calls it, or null
     * @param lastUsedAt when it last authenticated, or null
     */
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((kind == Kind.PARTNER) != (partner != null)) {
            throw new IllegalArgumentException("a partner key, and only one, names its partner");
        }
    }

    /**
     * A key that was never revoked.
     *
     * @param id         the public id
     * @param secretHash the SHA-256 of the secret, hex
     * @param kind       a partner's key or a support key
     * @param partner    the partner a partner key acts for; null for a support key
     * @param createdAt  when it was issued
     */
    public ApiKey(String id, String secretHash, Kind kind, PartnerId partner, Instant createdAt) {
        this(id, secretHash, kind, partner, createdAt, null, null, null);
    }

    /**
     * A key without a name or a recorded use.
     *
     * @param id         the public id
     * @param secretHash the SHA-256 of the secret, hex
     * @param kind       a partner's key or a support key
     * @param partner    the partner a partner key acts for; null for a support key
     * @param createdAt  when it was issued
     * @param revokedAt  when it was revoked; null while it is active
     */
    public ApiKey(String id, String secretHash, Kind kind, PartnerId partner, Instant createdAt, Instant revokedAt) {
        this(id, secretHash, kind, partner, createdAt, revokedAt, null, null);
    }

    /**
     * Whether its last use should be written now: never recorded, or recorded a minute or more ago.
     *
     * @param now the clock's instant
     * @return true when a write is due
     */
    public boolean lastUseDue(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USED_PRECISION));
    }

    /**
     * Whether the key still authenticates.
     *
     * @return true while it is not revoked
     */
    public boolean active() {
        return revokedAt == null;
    }

    /**
     * This key revoked at {@code at}; a key already revoked keeps its first revocation time.
     *
     * @param at when it is revoked
     * @return the key to store
     */
    public ApiKey revoked(Instant at) {
        Objects.requireNonNull(at, "at");
        return active() ? new ApiKey(id, secretHash, kind, partner, createdAt, at, name, lastUsedAt) : this;
    }

    /** A freshly issued key: what to store, and the plaintext to show once. */
    public record Issued(ApiKey key, String plaintext) {
    }

    /**
     * Issues a new key with a random id and secret.
     *
     * @param kind    a partner's key or a support key
     * @param partner the partner it acts for; null for a support key
     * @param now     when it is issued
     * @return the key to store and its plaintext, shown once
     */
    public static Issued issue(Kind kind, PartnerId partner, Instant now) {
        return issue(kind, partner, null, now);
    }

    /**
     * Issues a new key with a random id and secret and a name.
     *
     * @param kind    a partner's key or a support key
     * @param partner the partner it acts for; null for a support key
     * @param name    what its partner calls it, or null
     * @param now     when it is issued
     * @return the key to store and its plaintext, shown once
     */
    public static Issued issue(Kind kind, PartnerId partner, String name, Instant now) {
        String id = Secrets.newId();
        String secret = Secrets.newToken();
        return new Issued(new ApiKey(id, Secrets.hash(secret), kind, partner, now, null, name, null),
                PREFIX + id + "_" + secret);
    }

    /**
     * The id part of a presented key, if it has the key's shape.
     *
     * @param presented the key as the caller sent it, or null
     * @return its id; empty when it is not shaped {@code psp_<id>_<secret>}
     */
    public static Optional<String> idOf(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int sep = presented.indexOf('_', PREFIX.length());
        if (sep < 0 || sep == PREFIX.length() || sep == presented.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(presented.substring(PREFIX.length(), sep));
    }

    /**
     * Whether the presented plaintext is this key (constant-time on the secret), revoked or not.
     *
     * @param presented the key as the caller sent it, or null
     * @return true when its id is this key's and its secret hashes to {@link #secretHash()}
     */
    public boolean matches(String presented) {
        String prefix = PREFIX + id + "_";
        return presented != null && presented.startsWith(prefix)
                && Secrets.matches(presented.substring(prefix.length()), secretHash);
    }
}
