package io.partnerportal.adapters.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The portal's pages that emails link to, under {@code PORTAL_BASE_URL}. */
final class PortalLinks {
    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private final String base;

    PortalLinks(URI portalBaseUrl) {
        String b = portalBaseUrl.toString();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        this.base = b;
    }

    /** The sign-in page, where a person asks for a link. */
    String signInPage() {
        return base + "/login";
    }

    /** A magic link. */
    String signIn(String token) {
        return base + "/login/" + segment(token);
    }

    /** R18: the page of an unsubscribe link; a POST to it switches the email off. */
    String unsubscribe(String token) {
        return base + "/unsubscribe/" + segment(token);
    }

    /** R23: the partner API's documentation, where a partner reads how to list and answer requests. */
    String apiDocs() {
        return base + "/api/docs";
    }

    /** R23: the page of a contact's requests. */
    String requests() {
        return base + "/requests";
    }

    String subscriptions() {
        return base + "/subscriptions";
    }

    String subscription(String entitlementNumber) {
        return base + "/subscriptions/" + segment(entitlementNumber);
    }

    /** One path segment, percent-encoded except for RFC 3986's unreserved characters. */
    static String segment(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if (ch < 0x80 && UNRESERVED.indexOf(ch) >= 0) {
                sb.append(ch);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
