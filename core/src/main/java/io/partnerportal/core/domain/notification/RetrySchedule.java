package io.partnerportal.core.domain.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again (SPEC §4): 1 min, 5 min, 30 min, 2 h, 12 h after the
 * failed attempts, then the row is dead and shown to operators.
 */
public final class RetrySchedule {
    /** The wait after the first, second, ... failed attempt. */
    public static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    private RetrySchedule() {
    }

    /**
     * The wait before the next attempt after {@code failedAttempts} failures; empty: give up.
     *
     * @param failedAttempts the attempts that failed so far
     * @return the wait; empty once every delay is used up
     */
    public static Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > DELAYS.size()) {
            return Optional.empty();
        }
        return Optional.of(DELAYS.get(failedAttempts - 1));
    }
}
