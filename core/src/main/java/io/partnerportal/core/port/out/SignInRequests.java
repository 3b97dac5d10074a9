package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sign-in links asked for and not yet issued. Asking for a link only adds a request here - the same
 * work whether the email is known or not, so the answer's timing tells nothing (SPEC §6.5); the
 * links are issued later, off the request path.
 */
public interface SignInRequests {

    /**
     * The store of an installation that keeps no sign-in requests; reads find nothing, and a write that would keep
     * something is refused. {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static SignInRequests none() {
        return NoStores.SIGN_IN_REQUESTS;
    }

    /**
     * A link asked for.
     *
     * @param id          the request's id
     * @param email       the email typed, normalized
     * @param requestedAt when it was asked for
     */
    record Request(UUID id, EmailAddress email, Instant requestedAt) {
        /**
         * Checks that every part is present.
         *
         * @param id          the request's id
         * @param email       the email typed, normalized
         * @param requestedAt when it was asked for
         */
        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }
    }

    /** @param request a link asked for */
    void add(Request request);

    /**
     * Takes the oldest requests, removing them in the caller's unit of work (so a unit that fails
     * leaves them for the next one); a request another unit is taking is not taken twice.
     *
     * @param limit the most to take
     * @return the requests taken, oldest first
     */
    List<Request> take(int limit);

    /**
     * Forgets the requests for links to one email, not yet issued.
     *
     * @param email the email typed, normalized
     * @return how many were deleted
     */
    int deleteFor(EmailAddress email);
}
