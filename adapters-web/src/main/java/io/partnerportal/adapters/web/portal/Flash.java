package io.partnerportal.adapters.web.portal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The confirmation a page shows once after a change (Post/Redirect/Get): the redirect names one of
 * these in {@code ?done=}, never text, so a crafted link can only show one of our own messages.
 */
enum Flash {
    LINK_SENT, SIGNED_OUT, SET_UP, CANCELLATION_SCHEDULED, CANCELLED, WITHDRAWN, CONTACT_ADDED, CONTACT_REMOVED,
    REMOVED_YOURSELF, PROFILE_SAVED, PREFERENCES_SAVED, REQUEST_SENT;

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String messageKey() {
        return "flash." + key();
    }

    static Optional<Flash> parse(String key) {
        return key == null ? Optional.empty()
                : Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
