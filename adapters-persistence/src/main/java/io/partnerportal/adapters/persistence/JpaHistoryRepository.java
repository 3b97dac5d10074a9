package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.value.KeyValueLines;
import io.partnerportal.core.port.out.HistoryRepository;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
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
            return q.getResultList().stream().map(JpaHistoryRepository::toDomain).toList();
        });
    }

    /** One statement, the actors' names joined in: the partner API's and the portal's history pages. */
    @Override
    public List<Named> namedPage(EntitlementNumber subscription, Position after, int limit) {
        String query = "SELECT h.id, h.entitlement_number, h.occurred_at, h.actor_kind, h.actor_id, h.history_action,"
                + " h.details, p.email AS person_email, pa.name AS partner_name FROM subscription_history h"
                + " LEFT JOIN person p ON h.actor_kind = 'CONTACT' AND p.id = h.actor_id"
                + " LEFT JOIN partner pa ON h.actor_kind = 'PARTNER' AND pa.id = h.actor_id"
                + " WHERE h.entitlement_number = ?"
                + (after == null ? "" : " AND (h.occurred_at < ? OR (h.occurred_at = ? AND h.id < ?))")
                + " ORDER BY h.occurred_at DESC, h.id DESC LIMIT ?";
        List<Object> params = new java.util.ArrayList<>(List.of(subscription.value()));
        if (after != null) {
            params.addAll(List.of(after.at(), after.at(), after.id().toString()));
        }
        params.add(limit);
        return jpa.sql(c -> {
            List<Named> out = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement ps = Sql.prepare(c, query, params.toArray());
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    HistoryEntity e = new HistoryEntity();
                    e.id = rs.getString("id");
                    e.number = rs.getString("entitlement_number");
                    e.occurredAt = rs.getObject("occurred_at", java.time.OffsetDateTime.class);
                    e.actorKind = rs.getString("actor_kind");
                    e.actorId = rs.getString("actor_id");
                    e.action = rs.getString("history_action");
                    e.details = rs.getString("details");
                    String person = rs.getString("person_email");
                    out.add(new Named(toDomain(e), person != null ? person : rs.getString("partner_name")));
                }
            }
            return out;
        });
    }

    private static HistoryEntry toDomain(HistoryEntity e) {
        return new HistoryEntry(UUID.fromString(e.id), new EntitlementNumber(e.number), Times.instant(e.occurredAt),
                ActorKind.valueOf(e.actorKind), e.actorId,
                HistoryDetail.decode(HistoryAction.valueOf(e.action), KeyValueLines.decode(e.details)));
    }

    /**
     * The lines the person acted in, and those whose stored details hold their email as a contact -
     * found by the encoded line in the text (no index: an operator's request, not a page), then kept
     * only when the decoded details name exactly that email.
     */
    @Override
    public List<HistoryEntry> naming(PersonId person, EmailAddress email) {
        String line = KeyValueLines.encode(Map.of("contact", email.value()));
        return jpa.read(em -> em.createQuery("SELECT h FROM HistoryEntity h WHERE (h.actorKind = :contact"
                                + " AND h.actorId = :id) OR h.details LIKE :line ESCAPE '!'"
                                + " ORDER BY h.occurredAt, h.id", HistoryEntity.class)
                        .setParameter("contact", ActorKind.CONTACT.name())
                        .setParameter("id", person.toString())
                        .setParameter("line", "%" + likeLiteral(line) + "%")
                        .getResultList().stream().map(JpaHistoryRepository::toDomain).toList())
                .stream().filter(h -> (h.actorKind() == ActorKind.CONTACT && h.actorId().equals(person.toString()))
                        || (h.detail() instanceof HistoryDetail.ContactChanged c && c.contact().equals(email)))
                .toList();
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public void replaceDetails(List<HistoryEntry> entries) {
        jpa.change(em -> {
            for (HistoryEntry h : entries) {
                HistoryEntity e = em.find(HistoryEntity.class, h.id().toString());
                if (e != null) {
                    e.action = h.action().name();
                    e.details = KeyValueLines.encode(h.detail().fields());
                }
            }
        });
    }
}
