package io.partnerportal.core.domain.webhook;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The form of a webhook address (R20): an absolute {@code https} (or, where the operator allows
 * private targets, {@code http}) URL with a host, no user info and no fragment, at most 2,000
 * characters. Where it resolves to is the sender adapter's check, at registration and again at
 * each delivery.
 */
public final class WebhookUrl {
    /** The longest address accepted. */
    public static final int MAX_LENGTH = 2000;

    private WebhookUrl() {
    }

    /**
     * @param raw as typed
     * @return the address
     * @throws InvalidValueException when its form is wrong
     */
    public static URI parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FieldErrorCode.REQUIRED, "is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidValueException(FieldErrorCode.TOO_LONG, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED,
                    "must be an https URL with a host, without user info or fragment");
        }
        return uri;
    }
}
