package io.partnerportal.core.domain;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryEntryTest {

    private static HistoryEntry entry(EntitlementNumber n, Instant at, HistoryDetail detail) {
        Actor actor = new Actor.System();
        return new HistoryEntry(HistoryEntry.nextId(at), n, at, actor.kind(), actor.id(), detail);
    }

    @Test
    void R14_entriesRecordedAtTheSameInstantKeepTheirOrderWhenReadByTimeThenId() {
        Instant at = Instant.parse("2026-11-23T09:00:00Z");
        EntitlementNumber n = EntitlementNumber.parse("E-AAA-BBB-CCC-DDD");
        List<HistoryEntry> recorded = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            recorded.add(entry(n, at, new HistoryDetail.UsageReported(i)));
        }
        List<HistoryEntry> read = recorded.stream()
                .sorted(Comparator.comparing(HistoryEntry::at).thenComparing(e -> e.id().toString()))
                .toList();
        assertThat(read).containsExactlyElementsOf(recorded);
        HistoryEntry later = entry(n, at.plusMillis(1), new HistoryDetail.Withdrawn(HistoryAction.CANCELLATION_WITHDRAWN));
        assertThat(later.id().toString()).isGreaterThan(recorded.get(999).id().toString());
    }
}
