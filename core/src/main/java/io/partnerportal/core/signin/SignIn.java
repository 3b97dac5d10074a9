package io.partnerportal.core.signin;

import io.partnerportal.core.domain.party.PersonId;
import java.util.Optional;

/**
 * Passwordless sign-in for customer contacts: a magic link by email (single use, 15 minutes,
 * stored hashed), then a session (idle and absolute expiry) that any instance can resolve.
 */
public interface SignIn {

    /**
     * Asks for a sign-in link: the request is queued, the same work whoever the email belongs to,
     * and {@link #sendRequestedLinks()} sends the link if it belongs to somebody ever assigned;
     * nothing tells, not even the time taken, whether the email is known. A malformed email is a
     * validation error.
     *
     * @param email the email as typed
     */
    void requestLink(String email);

    /**
     * Issues the links asked for since the last call: a link to each known person under their
     * limit, nothing to anybody else. The application calls it before each delivery run.
     *
     * @return how many links were issued
     */
    int sendRequestedLinks();

    /**
     * Redeems a link once: a new session. An unknown, used or expired link is refused.
     *
     * @param token the link's secret
     * @return the new session's token and its person
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code SIGN_IN_LINK_INVALID}
     */
    SignedIn redeem(String token);

    /**
     * The session's contact, if the session exists and has not expired; records its use.
     *
     * @param sessionToken the session cookie's secret
     * @return the signed-in contact; empty when unknown or expired
     */
    Optional<SessionView> resolve(String sessionToken);

    /**
     * Ends the session (sign out); unknown tokens are ignored.
     *
     * @param sessionToken the session cookie's secret
     */
    void end(String sessionToken);

    /**
     * A session just opened.
     *
     * @param sessionToken the session's secret, for the cookie
     * @param person       who signed in
     */
    record SignedIn(String sessionToken, PersonId person) {
    }

    /**
     * The signed-in contact.
     *
     * @param person    who they are
     * @param email     their email
     * @param name      their name
     * @param locale    their language tag, {@code en} or {@code ja}
     * @param csrfToken the token every form must send back
     */
    record SessionView(PersonId person, String email, String name, String locale, String csrfToken) {
    }
}
