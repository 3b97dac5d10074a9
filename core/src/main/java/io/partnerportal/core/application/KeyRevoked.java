package io.partnerportal.core.application;

import java.time.Instant;

/**
 * An API key revoked (R22).
 *
 * @param keyId     its public id
 * @param revokedAt when it was revoked
 * @param now       whether this call revoked it (false: it already was)
 */
public record KeyRevoked(String keyId, Instant revokedAt, boolean now) {
}
