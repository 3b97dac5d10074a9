package io.partnerportal.adapters.web.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Portal-Signature} header (R20): {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * t + "." + body)>}, one {@code v1} per secret that signs (the current one first; during a
 * rotation the previous one too). The key is the secret's UTF-8 bytes, {@code whsec_} included.
 */
public final class WebhookSignature {
    /** The header's name. */
    public static final String HEADER = "Portal-Signature";

    private WebhookSignature() {
    }

    /**
     * @param secrets     the secrets that sign, the current one first
     * @param unixSeconds the signature's time
     * @param body        the exact bytes sent, as UTF-8 text
     * @return the header's value
     */
    public static String header(List<String> secrets, long unixSeconds, String body) {
        StringBuilder b = new StringBuilder("t=").append(unixSeconds);
        for (String secret : secrets) {
            b.append(",v1=").append(hmac(secret, unixSeconds + "." + body));
        }
        return b.toString();
    }

    /**
     * @param secret  the key, as UTF-8
     * @param payload what is signed, as UTF-8
     * @return the HMAC-SHA256 in lower-case hex
     */
    public static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
