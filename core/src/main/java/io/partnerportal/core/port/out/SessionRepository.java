package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Contacts' sessions, by the hash of their token, shared by every instance. */
public interface SessionRepository {

    /**
     * The store of an installation that keeps no sessions: nobody signs in to the portal; reads find nothing, and a write that would keep
     * something is refused. {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static SessionRepository none() {
        return NoStores.SESSIONS;
    }
    /**
     * Stores a new session.
     *
     * @param session the session
     */
    void add(Session session);

    /**
     * Finds a session.
     *
     * @param tokenHash the hash of the session cookie's secret
     * @return the session; empty when unknown or deleted
     */
    Optional<Session> find(String tokenHash);

    /**
     * A session with the person it signs in, in one read: what every signed-in request asks first.
     *
     * @param tokenHash the hash of the session cookie's secret
     * @return the session and its person; empty when either is unknown
     */
    Optional<SignedIn> findWithPerson(String tokenHash);

    /**
     * A session and the person it signs in.
     *
     * @param session the session
     * @param person  its person
     */
    record SignedIn(Session session, Person person) {
    }

    /**
     * Records use of the session at {@code at}.
     *
     * @param tokenHash the hash of the session cookie's secret
     * @param at        when it was used
     */
    void touch(String tokenHash, Instant at);

    /**
     * Ends a session (sign-out).
     *
     * @param tokenHash the hash of the session cookie's secret
     */
    void delete(String tokenHash);

    /**
     * Deletes the sessions expired at {@code now} under {@code timeouts}.
     *
     * @param now      the clock's instant
     * @param timeouts how long sessions last
     * @return how many were deleted
     */
    int deleteExpired(Instant now, SessionTimeouts timeouts);

    /**
     * A person's sessions (what is held about them, SPEC §6.5).
     *
     * @param person whose sessions
     * @return their sessions, oldest first
     */
    List<Session> forPerson(PersonId person);

    /**
     * Ends every session of a person.
     *
     * @param person whose sessions
     * @return how many were deleted
     */
    int deleteForPerson(PersonId person);
}
