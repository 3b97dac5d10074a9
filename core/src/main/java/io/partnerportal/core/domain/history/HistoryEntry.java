package io.partnerportal.core.domain.history;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One stored line of a subscription's history (R14): who (actor kind and id), when, and what.
 *
 * @param id           the line's id; its text sorts in the order lines were recorded
 * @param subscription the subscription it belongs to
 * @param at           when it happened
 * @param actorKind    who acted: a contact, a partner, vendor support or the portal
 * @param actorId      the actor's stable id (a person, partner or support key id)
 * @param detail       what happened
 */
public record HistoryEntry(UUID id, EntitlementNumber subscription, Instant at, ActorKind actorKind,
                           String actorId, HistoryDetail detail) {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /**
     * Checks that every part is present.
     *
     * @param id           the line's id; its text sorts in the order lines were recorded
     * @param subscription the subscription it belongs to
     * @param at           when it happened
     * @param actorKind    who acted: a contact, a partner, vendor support or the portal
     * @param actorId      the actor's stable id (a person, partner or support key id)
     * @param detail       what happened
     */
    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorKind, "actorKind");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return the action this line records */
    public HistoryAction action() {
        return detail.action();
    }

    /**
     * An id whose text sorts in the order entries are recorded: the time in milliseconds, then a
     * counter, then random bits. Entries of one unit of work share a time; the ids keep their order
     * when history is read by time, then id.
     *
     * @param at when the entry happened
     * @return a new id
     */
    public static UUID nextId(Instant at) {
        long counter = SEQUENCE.getAndIncrement() & 0xFFFFL;
        long high = (at.toEpochMilli() << 16) | counter;
        long low = ThreadLocalRandom.current().nextLong();
        return new UUID(high, low);
    }
}
