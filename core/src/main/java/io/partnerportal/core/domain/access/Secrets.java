package io.partnerportal.core.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed to people (API keys, sign-in links, sessions): random, URL-safe, shown once and
 * stored only as a SHA-256 hash; compared in constant time.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /**
     * 256 random bits, URL-safe base64 without padding (43 characters).
     *
     * @return a new secret
     */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A short random identifier (for the public part of an API key).
     *
     * @return 12 characters of letters and digits
     */
    public static String newId() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', 'x').replace('_', 'y');
    }

    /**
     * The hex SHA-256 of a secret: what is stored instead of the secret.
     *
     * @param secret the plaintext
     * @return its hash, 64 lower-case hex digits
     */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Whether {@code secret} hashes to {@code expectedHash}, in time independent of where they differ.
     *
     * @param secret       the plaintext presented
     * @param expectedHash the stored hash
     * @return true when they match
     */
    public static boolean matches(String secret, String expectedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
