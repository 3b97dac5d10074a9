package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.history.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Append-only history of every subscription (R14). */
public interface HistoryRepository {
    void append(List<HistoryEntry> entries);

    /** Newest first (by time, then id in its text form), strictly after {@code after} (null: first page), at most {@code limit}. */
    List<HistoryEntry> page(EntitlementNumber subscription, Position after, int limit);

    /** Where a page ends. */
    record Position(Instant at, UUID id) {
    }
}
