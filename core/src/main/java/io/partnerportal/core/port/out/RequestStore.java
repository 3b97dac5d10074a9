package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The requests to the billing partners (R23): added and answered in the unit of work of the change
 * (so a request commits with its history, emails and events), listed newest first - a partner's by
 * status, a subscription's, the ones a contact asked - with a keyset {@link Position}.
 */
public interface RequestStore {

    /**
     * The store of an installation that keeps no requests: reads find nothing; asking is refused,
     * naming the builder method that gives a store. {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static RequestStore none() {
        return NoStores.REQUESTS;
    }

    /**
     * Where a newest-first page stopped: the last request's time and id.
     *
     * @param askedAt when the last request listed was asked
     * @param id      its id
     */
    record Position(Instant askedAt, RequestId id) {
        /**
         * Checks the parts.
         *
         * @param askedAt when the last request listed was asked
         * @param id      its id
         */
        public Position {
            Objects.requireNonNull(askedAt, "askedAt");
            Objects.requireNonNull(id, "id");
        }

        /**
         * @param r a request
         * @return the position just after it
         */
        public static Position after(PartnerRequest r) {
            return new Position(r.askedAt(), r.id());
        }
    }

    /**
     * Adds a new request, in the unit of work of the change.
     *
     * @param request the request, OPEN
     */
    void add(PartnerRequest request);

    /**
     * Stores an answered request, in the unit of work of the change; refuses (a conflict,
     * {@code CONCURRENT_UPDATE}) when the stored request is no longer open, so two answers never both win.
     *
     * @param request the request, answered
     */
    void resolve(PartnerRequest request);

    /**
     * @param id a request's id
     * @return the request, if there is one
     */
    Optional<PartnerRequest> find(RequestId id);

    /**
     * @param subscription a subscription
     * @return how many of its requests are open
     */
    int countOpen(EntitlementNumber subscription);

    /**
     * A subscription's requests, newest first.
     *
     * @param subscription the subscription
     * @param limit        the most to return
     * @return the requests
     */
    List<PartnerRequest> forSubscription(EntitlementNumber subscription, int limit);

    /**
     * A partner's requests, newest first.
     *
     * @param partner the partner asked
     * @param status  only requests in this state, or empty for all
     * @param after   where the previous page stopped, or null for the newest
     * @param limit   the most to return
     * @return the requests
     */
    List<PartnerRequest> forPartner(PartnerId partner, Optional<RequestStatus> status, Position after, int limit);

    /**
     * The requests a contact asked, newest first.
     *
     * @param person the contact
     * @param after  where the previous page stopped, or null for the newest
     * @param limit  the most to return
     * @return the requests
     */
    List<PartnerRequest> askedBy(PersonId person, Position after, int limit);

    /**
     * Blanks the messages a person wrote (SPEC §6.5: the requests' facts stay), in the unit of work of
     * the erasure.
     *
     * @param person the person erased
     * @return how many requests lost their message
     */
    int eraseMessagesOf(PersonId person);
}
