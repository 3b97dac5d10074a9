package io.partnerportal.adapters.persistence;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a failed read three times, five seconds apart, by default: a database outage
 * would stall every request for ten seconds and more. The pool already waits a bounded time, so
 * a failure reaches the caller at once (SPEC §4: 503 within 5 s). Instantiated by EclipseLink.
 */
public final class NoQueryRetry implements SessionCustomizer {
    public NoQueryRetry() {
        // EclipseLink creates the customizer by reflection
    }

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            login.setConnectionHealthValidatedOnError(false);
        }
    }
}
