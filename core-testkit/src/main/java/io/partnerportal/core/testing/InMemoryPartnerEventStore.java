package io.partnerportal.core.testing;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.webhook.EventBody;
import io.partnerportal.core.domain.webhook.EventTypes;
import io.partnerportal.core.port.out.PartnerEventStore;
import java.time.Instant;
import java.util.List;
import java.util.ListIterator;
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
    public int forgetAsker(PartnerId partner, RequestId request, String message, EmailAddress address,
                           EmailAddress pseudonym) {
        return db.write(() -> {
            int changed = 0;
            for (ListIterator<Positioned> it = db.tables.partnerEvents.listIterator(); it.hasNext(); ) {
                Positioned p = it.next();
                PartnerEvent e = p.event();
                if (!e.partner().equals(partner) || !EventTypes.ABOUT_REQUESTS.contains(e.type())) {
                    continue;
                }
                String body = EventBody.forgettingAsker(e.body(), request, message, address, pseudonym);
                if (!body.equals(e.body())) {
                    it.set(new Positioned(p.position(), new PartnerEvent(e.id(), e.partner(), e.type(), e.created(),
                            body)));
                    changed++;
                }
            }
            return changed;
        });
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
