package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.SigningKeys;
import java.security.SecureRandom;

/** Signing keys made at first use and kept with the other in-memory tables. */
final class InMemorySigningKeys implements SigningKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final InMemoryDatabase db;

    InMemorySigningKeys(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public byte[] key(String purpose) {
        synchronized (db.signingKeys) {
            return db.signingKeys.computeIfAbsent(purpose, p -> {
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                return key;
            }).clone();
        }
    }
}
