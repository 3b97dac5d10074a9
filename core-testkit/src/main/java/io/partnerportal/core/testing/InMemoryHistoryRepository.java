package io.partnerportal.core.testing;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.port.out.HistoryRepository;
import java.util.Comparator;
import java.util.List;

final class InMemoryHistoryRepository implements HistoryRepository {
    private static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator.comparing(HistoryEntry::at)
            .thenComparing(e -> e.id().toString()).reversed();
    private final InMemoryDatabase db;

    InMemoryHistoryRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void append(List<HistoryEntry> entries) {
        db.write(() -> db.tables.history.addAll(entries));
    }

    @Override
    public List<HistoryEntry> page(EntitlementNumber subscription, Position after, int limit) {
        return db.read(() -> db.tables.history.stream()
                .filter(e -> e.subscription().equals(subscription))
                .filter(e -> after == null || e.at().isBefore(after.at())
                        || (e.at().equals(after.at()) && e.id().toString().compareTo(after.id().toString()) < 0))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList());
    }

    @Override
    public List<Named> namedPage(EntitlementNumber subscription, Position after, int limit) {
        return db.read(() -> page(subscription, after, limit).stream().map(e -> new Named(e, name(e))).toList());
    }

    private String name(HistoryEntry e) {
        try {
            if (e.actorKind() == ActorKind.CONTACT) {
                var p = db.tables.people.get(new PersonId(java.util.UUID.fromString(e.actorId())));
                return p == null ? null : p.email().value();
            }
            if (e.actorKind() == ActorKind.PARTNER) {
                var p = db.tables.partners.get(new io.partnerportal.core.domain.party.PartnerId(
                        java.util.UUID.fromString(e.actorId())));
                return p == null ? null : p.name().value();
            }
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
        return null;
    }

    @Override
    public List<HistoryEntry> naming(PersonId person, EmailAddress email) {
        return db.read(() -> db.tables.history.stream()
                .filter(e -> (e.actorKind() == ActorKind.CONTACT && e.actorId().equals(person.toString()))
                        || (e.detail() instanceof HistoryDetail.ContactChanged c && c.contact().equals(email)))
                .sorted(NEWEST_FIRST.reversed())
                .toList());
    }

    @Override
    public void replaceDetails(List<HistoryEntry> entries) {
        db.write(() -> {
            for (HistoryEntry replacement : entries) {
                db.tables.history.replaceAll(e -> e.id().equals(replacement.id())
                        ? new HistoryEntry(e.id(), e.subscription(), e.at(), e.actorKind(), e.actorId(),
                        replacement.detail())
                        : e);
            }
        });
    }
}
