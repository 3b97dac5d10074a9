package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.party.PersonId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * R18: what an unsubscribe link says - this person no longer wants this optional email - signed
 * with HMAC-SHA256 so that nobody can make one for somebody else. The token is URL-safe:
 * {@code base64url(person "." type) "." base64url(signature)}.
 *
 * @param person whom the email went to
 * @param type   the optional email to switch off
 */
public record UnsubscribeToken(PersonId person, NotificationType type) {
    /** What the signing key is for ({@code SigningKeys}). */
    public static final String PURPOSE = "unsubscribe";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int BLOCK = 64;

    /**
     * Checks that the type is one a person may switch off.
     *
     * @param person whom the email went to
     * @param type   the optional email to switch off
     */
    public UnsubscribeToken {
        Objects.requireNonNull(person, "person");
        if (!type.isOptional()) {
            throw new IllegalArgumentException(type + " is always sent");
        }
    }

    /**
     * @param key the signing key
     * @return the token for a link
     */
    public String sign(byte[] key) {
        String payload = person + "." + type.name();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(
                mac(key, payload));
    }

    /**
     * @param token as it came in a link
     * @param key   the signing key
     * @return what it says, when its signature is right and it names a person and an optional email
     */
    public static Optional<UnsubscribeToken> verify(String token, byte[] key) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(key, payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\.", -1);
            NotificationType type = NotificationType.valueOf(parts[1]);
            return parts.length == 2 && type.isOptional()
                    ? Optional.of(new UnsubscribeToken(new PersonId(UUID.fromString(parts[0])), type))
                    : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** HMAC-SHA256 (RFC 2104) on {@code java.security} alone: the core depends on {@code java..} only. */
    private static byte[] mac(byte[] key, String payload) {
        try {
            byte[] k = key.length > BLOCK ? MessageDigest.getInstance("SHA-256").digest(key) : key;
            byte[] inner = new byte[BLOCK];
            byte[] outer = new byte[BLOCK];
            for (int i = 0; i < BLOCK; i++) {
                byte b = i < k.length ? k[i] : 0;
                inner[i] = (byte) (b ^ 0x36);
                outer[i] = (byte) (b ^ 0x5c);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(inner);
            byte[] innerHash = sha.digest(payload.getBytes(StandardCharsets.UTF_8));
            sha.update(outer);
            return sha.digest(innerHash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
