package io.partnerportal.core.domain.access;

import io.partnerportal.core.domain.party.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in contact's session, stored by the hash of its token so any instance can serve it.
 * It ends after {@link #IDLE} without use or {@link #ABSOLUTE} after sign-in, whichever is first.
 * It carries the token that forms must echo (CSRF).
 *
 * @param tokenHash  the hash of the session cookie's secret
 * @param person     who is signed in
 * @param csrfToken  the token every form must send back
 * @param createdAt  when they signed in
 * @param lastSeenAt the last recorded use
 */
public record Session(String tokenHash, PersonId person, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    /** A session unused this long has ended, unless configured otherwise ({@link SessionTimeouts}). */
    public static final Duration IDLE = SessionTimeouts.DEFAULT.idle();
    /** A session this old has ended, however recently used, unless configured otherwise. */
    public static final Duration ABSOLUTE = SessionTimeouts.DEFAULT.absolute();
    /** Use within this long of the last recorded use is not written again (saves a write per request). */
    public static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    /**
     * Checks that every component is present.
     *
     * @param tokenHash  the hash of the session cookie's secret
     * @param person     who is signed in
     * @param csrfToken  the token every form must send back
     * @param createdAt  when they signed in
     * @param lastSeenAt the last recorded use
     */
    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    /**
     * Whether the session has ended, idle or too old.
     *
     * @param now the clock's instant
     * @return true from {@link #IDLE} after the last use or {@link #ABSOLUTE} after sign-in
     */
    public boolean isExpired(Instant now) {
        return isExpired(now, SessionTimeouts.DEFAULT);
    }

    /**
     * @param now      the clock's time
     * @param timeouts how long sessions last
     * @return whether the session ended: idle too long, or too old
     */
    public boolean isExpired(Instant now, SessionTimeouts timeouts) {
        return !now.isBefore(lastSeenAt.plus(timeouts.idle())) || !now.isBefore(createdAt.plus(timeouts.absolute()));
    }

    /**
     * Whether a use now should be recorded.
     *
     * @param now the clock's instant
     * @return true once {@link #TOUCH_GRANULARITY} has passed since the last recorded use
     */
    public boolean needsTouch(Instant now) {
        return !now.isBefore(lastSeenAt.plus(TOUCH_GRANULARITY));
    }

    /**
     * This session, last used at {@code now}.
     *
     * @param now the clock's instant
     * @return the session to store
     */
    public Session touchedAt(Instant now) {
        return new Session(tokenHash, person, csrfToken, createdAt, now);
    }
}
