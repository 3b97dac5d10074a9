package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetails;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.value.KeyValueLines;
import io.partnerportal.core.port.out.HistoryRepository;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

final class JpaHistoryRepository implements HistoryRepository {
    private final Jpa jpa;

    JpaHistoryRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void append(List<HistoryEntry> entries) {
        jpa.change(em -> {
            for (HistoryEntry h : entries) {
                HistoryEntity e = new HistoryEntity();
                e.id = h.id().toString();
                e.number = h.subscription().value();
                e.occurredAt = Times.utc(h.at());
                e.actorKind = h.actorKind().name();
                e.actorId = h.actorId();
                e.action = h.action().name();
                e.details = KeyValueLines.encode(h.detail().fields());
                em.persist(e);
            }
        });
    }

    @Override
    public List<HistoryEntry> page(EntitlementNumber subscription, Position after, int limit) {
        String jpql = "SELECT h FROM HistoryEntity h WHERE h.number = :n"
                + (after == null ? "" : " AND (h.occurredAt < :at OR (h.occurredAt = :at AND h.id < :id))")
                + " ORDER BY h.occurredAt DESC, h.id DESC";
        return jpa.read(em -> {
            TypedQuery<HistoryEntity> q = em.createQuery(jpql, HistoryEntity.class)
                    .setParameter("n", subscription.value()).setMaxResults(limit);
            if (after != null) {
                q.setParameter("at", Times.utc(after.at())).setParameter("id", after.id().toString());
            }
            return q.getResultList().stream().map(e -> new HistoryEntry(UUID.fromString(e.id),
                    new EntitlementNumber(e.number), Times.instant(e.occurredAt), ActorKind.valueOf(e.actorKind), e.actorId,
                    HistoryDetails.decode(HistoryAction.valueOf(e.action), KeyValueLines.decode(e.details)))).toList();
        });
    }
}
