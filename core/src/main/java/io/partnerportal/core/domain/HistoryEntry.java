package io.partnerportal.core.domain;

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
        return new HistoryEntry(UUID.randomUUID(), subscription, at, actor.kind(), actor.id(), action, details);
    }
}
