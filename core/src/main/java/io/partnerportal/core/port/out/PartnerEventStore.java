package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.webhook.EventBody;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The partners' events (R21): appended in the unit of work of the change, each with the body its
 * webhooks deliver, listed oldest first by position, kept at least 30 days.
 */
public interface PartnerEventStore {

    /**
     * The store of an installation that keeps no events feed: events appended are kept nowhere; reads find nothing.
     * {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static PartnerEventStore none() {
        return NoStores.EVENTS;
    }

    /**
     * One partner's event.
     *
     * @param id      the event's id (the domain event's; several partners may share it)
     * @param partner whose event it is
     * @param type    its name
     * @param created when it happened
     * @param body    the JSON delivered and listed
     */
    record PartnerEvent(UUID id, PartnerId partner, String type, Instant created, String body) {
        /**
         * Checks the parts.
         *
         * @param id      the event's id
         * @param partner whose event it is
         * @param type    its name
         * @param created when it happened
         * @param body    the JSON delivered and listed
         */
        public PartnerEvent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * An event where the feed has it.
     *
     * @param position its place in the feed, growing in the order events are appended
     * @param event    the event
     */
    record Positioned(long position, PartnerEvent event) {
    }

    /**
     * Appends events in the unit of work of the change that recorded them.
     *
     * @param events the events, in order
     */
    void append(List<PartnerEvent> events);

    /**
     * A partner's events after a position, oldest first.
     *
     * @param partner whose events
     * @param type    only events of this name, or empty for all
     * @param after   the position to start after (0: from the oldest)
     * @param limit   the most events to return
     * @return the events
     */
    List<Positioned> page(PartnerId partner, Optional<String> type, long after, int limit);

    /**
     * @param partner whose event
     * @param id      the event's id
     * @return the event, if the partner has it
     */
    Optional<PartnerEvent> find(PartnerId partner, UUID id);

    /**
     * Several events of one partner in one read where the store can (a run of webhook deliveries reads its
     * events at once); by default one {@link #find} each.
     *
     * @param partner whose events
     * @param ids     the events' ids
     * @return the events the partner has, in no particular order
     */
    default List<PartnerEvent> findAll(PartnerId partner, Collection<UUID> ids) {
        List<PartnerEvent> found = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            find(partner, id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * S8: one partner's events about one request ({@code request.created}, {@code request.resolved}) no longer
     * carry what its asker, erased, wrote nor their address: each body becomes
     * {@link EventBody#forgettingAsker(String, RequestId, String, EmailAddress, EmailAddress)} of it. The webhook
     * deliveries, rendered from the events, follow. In the unit of work of the erasure; it reads the partner's
     * events of those types (an operator's erasure, once per request the person asked).
     *
     * <p>By default nothing changes: a store that keeps events overrides it.
     *
     * @param partner   whose events
     * @param request   the request they are about
     * @param message   what the asker wrote, as the events hold it; null: nothing
     * @param address   the asker's address, erased
     * @param pseudonym the address that replaces it
     * @return how many events changed
     */
    default int forgetAsker(PartnerId partner, RequestId request, String message, EmailAddress address,
                            EmailAddress pseudonym) {
        return 0;
    }

    /**
     * Deletes the events created before {@code before} (housekeeping).
     *
     * @param before the oldest instant kept
     * @return how many were deleted
     */
    int deleteOlderThan(Instant before);
}
