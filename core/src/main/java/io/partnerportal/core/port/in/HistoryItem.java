package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.history.HistoryAction;
import java.time.Instant;
import java.util.Map;

/** One history line (R14) as shown to the subscription's contacts and partner. */
public record HistoryItem(String entitlementNumber, Instant at, ActorKind actorKind, String actorId,
                          HistoryAction action, Map<String, String> details) {
    public HistoryItem {
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
