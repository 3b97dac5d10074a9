package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SessionTimeouts;
import java.time.Instant;
import java.util.Optional;

/** Contacts' sessions, by the hash of their token, shared by every instance. */
public interface SessionRepository {
    void add(Session session);

    Optional<Session> find(String tokenHash);

    /** Records use of the session at {@code at}. */
    void touch(String tokenHash, Instant at);

    void delete(String tokenHash);

    /** Deletes the sessions expired at {@code now} under {@code timeouts}; returns how many. */
    int deleteExpired(Instant now, SessionTimeouts timeouts);
}
