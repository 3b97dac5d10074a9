package io.partnerportal.core.testing;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.PartnerEventStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class InMemoryPartnerEventStore implements PartnerEventStore {
    private final InMemoryDatabase db;

    InMemoryPartnerEventStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void append(List<PartnerEvent> events) {
        db.write(() -> {
            for (PartnerEvent e : events) {
                boolean taken = db.tables.partnerEvents.stream()
                        .anyMatch(p -> p.event().id().equals(e.id()) && p.event().partner().equals(e.partner()));
                if (taken) {
                    throw new IllegalStateException("event " + e.id() + " is already recorded for its partner");
                }
                db.tables.partnerEvents.add(new Positioned(db.tables.nextEventPosition++, e));
            }
        });
    }

    @Override
    public List<Positioned> page(PartnerId partner, Optional<String> type, long after, int limit) {
        return db.read(() -> db.tables.partnerEvents.stream()
                .filter(p -> p.position() > after && p.event().partner().equals(partner))
                .filter(p -> type.isEmpty() || type.get().equals(p.event().type()))
                .limit(limit).toList());
    }

    @Override
    public Optional<PartnerEvent> find(PartnerId partner, UUID id) {
        return db.read(() -> db.tables.partnerEvents.stream().map(Positioned::event)
                .filter(e -> e.id().equals(id) && e.partner().equals(partner)).findFirst());
    }

    @Override
    public int deleteOlderThan(Instant before) {
        return db.write(() -> {
            int n = db.tables.partnerEvents.size();
            db.tables.partnerEvents.removeIf(p -> p.event().created().isBefore(before));
            return n - db.tables.partnerEvents.size();
        });
    }
}
