package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.party.PersonId;
import java.util.Optional;

/**
 * Passwordless sign-in for customer contacts: a magic link by email (single use, 15 minutes,
 * stored hashed), then a session (idle and absolute expiry) that any instance can resolve.
 */
public interface SignIn {

    /**
     * Sends a sign-in link if the email belongs to somebody ever assigned; answers the same either
     * way (nothing tells whether the email is known). A malformed email is a validation error.
     */
    void requestLink(String email);

    /**
     * Issues the links asked for since the last call: a link to each known person under their
     * limit, nothing to anybody else. The application calls it before each delivery run.
     *
     * @return how many links were issued
     */
    int sendRequestedLinks();

    /** Redeems a link once: a new session. An unknown, used or expired link is refused. */
    SignedIn redeem(String token);

    /** The session's contact, if the session exists and has not expired; records its use. */
    Optional<SessionView> resolve(String sessionToken);

    /** Ends the session (sign out); unknown tokens are ignored. */
    void end(String sessionToken);

    record SignedIn(String sessionToken, PersonId person) {
    }

    record SessionView(PersonId person, String email, String name, String locale, String csrfToken) {
    }
}
