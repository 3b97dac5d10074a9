package io.partnerportal.core.domain.access;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a session lasts: it ends after {@code idle} without use or {@code absolute} after
 * sign-in, whichever comes first (SPEC §6.5: 30 minutes and 12 hours unless configured).
 *
 * @param idle     the longest time without use
 * @param absolute the longest time after sign-in
 */
public record SessionTimeouts(Duration idle, Duration absolute) {
    /** 30 minutes idle, 12 hours at most. */
    public static final SessionTimeouts DEFAULT = new SessionTimeouts(Duration.ofMinutes(30), Duration.ofHours(12));

    /**
     * Checks that both are positive and a session may live at least as long as it may idle.
     *
     * @param idle     the longest time without use
     * @param absolute the longest time after sign-in
     */
    public SessionTimeouts {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(absolute, "absolute");
        if (idle.compareTo(Duration.ofMinutes(1)) < 0 || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("a session idles at least a minute and lives at least as long as it"
                    + " may idle: " + idle + ", " + absolute);
        }
    }
}
