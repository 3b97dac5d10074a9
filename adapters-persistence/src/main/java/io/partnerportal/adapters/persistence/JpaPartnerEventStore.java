package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.webhook.EventBody;
import io.partnerportal.core.domain.webhook.EventTypes;
import io.partnerportal.core.port.out.PartnerEventStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The partners' events feed: appended with the unit of work's entity manager (so an event commits
 * with its change), positions drawn from a sequence in one round trip; read with plain SQL on the
 * keyset index {@code (partner_id, feed_position)}.
 */
final class JpaPartnerEventStore implements PartnerEventStore {
    private static final String COLUMNS = "feed_position, id, partner_id, event_type, created_at, body";

    private final Jpa jpa;
    private final Sql sql;
    private final Dialect dialect;

    JpaPartnerEventStore(Jpa jpa, Sql sql, Dialect dialect) {
        this.jpa = jpa;
        this.sql = sql;
        this.dialect = dialect;
    }

    @Override
    public void append(List<PartnerEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jpa.change(em -> {
            List<Long> positions = new ArrayList<>();
            for (Object p : em.createNativeQuery(dialect.nextIds("partner_event_position"))
                    .setParameter(1, events.size()).getResultList()) {
                positions.add(((Number) p).longValue());
            }
            positions.sort(null);
            for (int i = 0; i < events.size(); i++) {
                PartnerEvent e = events.get(i);
                PartnerEventEntity row = new PartnerEventEntity();
                row.position = positions.get(i);
                row.id = e.id().toString();
                row.partnerId = e.partner().value().toString();
                row.type = e.type();
                row.createdAt = Times.utc(e.created());
                row.body = e.body();
                em.persist(row);
            }
        });
    }

    @Override
    public List<Positioned> page(PartnerId partner, Optional<String> type, long after, int limit) {
        String where = "WHERE partner_id = ?" + (type.isPresent() ? " AND event_type = ?" : "")
                + " AND feed_position > ? ORDER BY feed_position LIMIT ?";
        Object[] params = type.isPresent()
                ? new Object[] {partner.value().toString(), type.get(), after, limit}
                : new Object[] {partner.value().toString(), after, limit};
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT " + COLUMNS + " FROM partner_event " + where, params);
                 ResultSet rs = ps.executeQuery()) {
                List<Positioned> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Positioned(rs.getLong("feed_position"), event(rs)));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<PartnerEvent> find(PartnerId partner, UUID id) {
        return sql.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT " + COLUMNS
                    + " FROM partner_event WHERE partner_id = ? AND id = ?", partner.value().toString(), id.toString());
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(event(rs)) : Optional.empty();
            }
        });
    }

    /** One statement per {@link Jpa#CHUNK} ids. */
    @Override
    public List<PartnerEvent> findAll(PartnerId partner, Collection<UUID> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids.stream().map(UUID::toString).toList()));
        if (distinct.isEmpty()) {
            return List.of();
        }
        return sql.read(c -> {
            List<PartnerEvent> out = new ArrayList<>();
            for (int from = 0; from < distinct.size(); from += Jpa.CHUNK) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + Jpa.CHUNK));
                Object[] params = new Object[chunk.size() + 1];
                params[0] = partner.value().toString();
                for (int i = 0; i < chunk.size(); i++) {
                    params[i + 1] = chunk.get(i);
                }
                try (PreparedStatement ps = Sql.prepare(c, "SELECT " + COLUMNS + " FROM partner_event WHERE partner_id = ?"
                        + " AND id IN (" + Sql.placeholders(chunk.size()) + ")", params); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * S8: a partner's request events whose body holds a text, through {@code partner_event_by_type} (partner and
     * type equal), never past its other events.
     */
    static final String ABOUT_A_REQUEST = "SELECT feed_position, body FROM partner_event WHERE partner_id = ?"
            + " AND event_type IN ('" + String.join("', '", EventTypes.ABOUT_REQUESTS) + "') AND body LIKE ? ESCAPE '!'";

    /** In the caller's unit of work, so an erasure is all or nothing: {@link #ABOUT_A_REQUEST}, then one update each. */
    @Override
    public int forgetAsker(PartnerId partner, RequestId request, String message, EmailAddress address,
                           EmailAddress pseudonym) {
        if (!jpa.inUnit()) {
            throw new IllegalStateException("writes happen inside a unit of work");
        }
        return jpa.sql(c -> {
            Map<Long, String> changed = new LinkedHashMap<>();
            try (PreparedStatement ps = Sql.prepare(c, ABOUT_A_REQUEST, partner.value().toString(),
                    "%" + Sql.likeEscaped(EventBody.aboutRequest(request)) + "%"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String body = rs.getString(2);
                    String forgotten = EventBody.forgettingAsker(body, request, message, address, pseudonym);
                    if (!forgotten.equals(body)) {
                        changed.put(rs.getLong(1), forgotten);
                    }
                }
            }
            return Sql.batch(c, "UPDATE partner_event SET body = ? WHERE feed_position = ?", new ArrayList<>(changed.keySet()),
                    changed.entrySet().stream().map(row -> new Object[] {row.getValue(), row.getKey()}).toList()).size();
        });
    }

    @Override
    public int deleteOlderThan(Instant before) {
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "DELETE FROM partner_event WHERE created_at < ?", before)) {
                return ps.executeUpdate();
            }
        });
    }

    private static PartnerEvent event(ResultSet rs) throws SQLException {
        return new PartnerEvent(UUID.fromString(rs.getString("id")), PartnerId.parse(rs.getString("partner_id")),
                rs.getString("event_type"), Sql.instant(rs, "created_at"), rs.getString("body"));
    }
}
