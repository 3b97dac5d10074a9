package io.partnerportal.core.signin;

import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SessionRepository;
import io.partnerportal.core.port.out.SignInRequests;
import io.partnerportal.core.port.out.SignInTokenRepository;
import java.util.Optional;

/**
 * Passwordless sign-in for customer contacts: a magic link by email (single use, 15 minutes,
 * stored hashed), then a session (idle and absolute expiry) that any instance can resolve.
 */
public interface SignIn {

    /**
     * Sign-in over the ports it calls; {@link io.partnerportal.core.Core} wires it.
     *
     * @param tx       units of work and the clock
     * @param people   who may sign in: anyone ever assigned
     * @param requests links asked for, not yet issued
     * @param tokens   the links issued, by the hash of their token
     * @param sessions the sessions, by the hash of their token
     * @param timeouts how long a session lasts
     * @return the port
     */
    static SignIn create(Transactions tx, PersonRepository people, SignInRequests requests,
                         SignInTokenRepository tokens, SessionRepository sessions, SessionTimeouts timeouts) {
        return new SignInService(tx, people, requests, tokens, sessions, timeouts);
    }

    /**
     * Asks for a sign-in link: the request is queued, the same work whoever the email belongs to,
     * and {@link #sendRequestedLinks()} sends the link if it belongs to somebody ever assigned;
     * nothing tells, not even the time taken, whether the email is known.
     *
     * @param email the email as typed
     * @throws io.partnerportal.core.domain.error.ValidationException a malformed email ({@code email})
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
     * @param day       the day they read in (R24): their time zone, or their language's default
     */
    record SessionView(PersonId person, String email, String name, String locale, String csrfToken,
                       ReadersDay day) {
        /**
         * Checks the day.
         *
         * @param person    who they are
         * @param email     their email
         * @param name      their name
         * @param locale    their language tag, {@code en} or {@code ja}
         * @param csrfToken the token every form must send back
         * @param day       the day they read in (R24)
         */
        public SessionView {
            java.util.Objects.requireNonNull(day, "day");
        }

        /**
         * A contact who reads in UTC.
         *
         * @param person    who they are
         * @param email     their email
         * @param name      their name
         * @param locale    their language tag, {@code en} or {@code ja}
         * @param csrfToken the token every form must send back
         */
        public SessionView(PersonId person, String email, String name, String locale, String csrfToken) {
            this(person, email, name, locale, csrfToken, ReadersDay.UTC);
        }
    }
}
