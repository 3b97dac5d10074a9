package io.partnerportal.core.domain.history;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a subscription's history (R14): who (actor kind and id), what, when, and the
 * details a reader needs (dates, accounts, the other subscription involved...).
 */
public record HistoryEntry(UUID id, EntitlementNumber subscription, Instant at, ActorKind actorKind,
                           String actorId, HistoryAction action, Map<String, String> details) {
    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorKind, "actorKind");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static HistoryEntry of(EntitlementNumber subscription, Instant at, Actor actor, HistoryAction action,
                                  Map<String, String> details) {
        return new HistoryEntry(nextId(at), subscription, at, actor.kind(), actor.id(), action, details);
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /**
     * An id whose text sorts in the order entries are recorded: the time in milliseconds, then a
     * counter, then random bits. Entries of one unit of work share a time; the ids keep their order
     * when history is read by time, then id.
     */
    static UUID nextId(Instant at) {
        long counter = SEQUENCE.getAndIncrement() & 0xFFFFL;
        long high = (at.toEpochMilli() << 16) | counter;
        long low = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        return new UUID(high, low);
    }
}
