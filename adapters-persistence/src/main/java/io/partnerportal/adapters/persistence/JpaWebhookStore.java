package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import io.partnerportal.core.port.out.WebhookStore;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook endpoints (entities, in the unit of work) and the webhook outbox. Deliveries are appended
 * with the unit of work's entity manager and claimed like the email outbox: on PostgreSQL one
 * {@code UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING}, on H2 a
 * {@code SELECT ... FOR UPDATE} then an {@code UPDATE}; only an endpoint's oldest pending delivery
 * is claimable, and outcomes apply only while the claimant still holds the delivery.
 */
final class JpaWebhookStore implements WebhookStore {
    private static final String DUE = "SELECT d.id FROM webhook_delivery d"
            + " WHERE d.status = 'PENDING' AND d.due_at <= ? AND (d.lease_until IS NULL OR d.lease_until <= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.endpoint_id = d.endpoint_id"
            + " AND p.status = 'PENDING' AND p.id < d.id)"
            + " ORDER BY d.id LIMIT ?";
    private static final String COLUMNS = "id, endpoint_id, partner_id, event_id, event_type, created_at, due_at,"
            + " attempts, status, response_code, last_error, last_attempt_at, trace_parent";

    private final Jpa jpa;
    private final Sql sql;
    private final Dialect dialect;

    JpaWebhookStore(Jpa jpa, Sql sql, Dialect dialect) {
        this.jpa = jpa;
        this.sql = sql;
        this.dialect = dialect;
    }

    @Override
    public void addEndpoint(WebhookEndpoint endpoint) {
        jpa.change(em -> em.persist(entity(new WebhookEndpointEntity(), endpoint)));
    }

    @Override
    public void updateEndpoint(WebhookEndpoint endpoint) {
        jpa.change(em -> {
            WebhookEndpointEntity e = em.find(WebhookEndpointEntity.class, endpoint.id().toString());
            if (e != null) {
                entity(e, endpoint);
            }
        });
    }

    private static WebhookEndpointEntity entity(WebhookEndpointEntity e, WebhookEndpoint d) {
        e.id = d.id().toString();
        e.partnerId = d.partner().value().toString();
        e.url = d.url().toString();
        e.eventTypes = String.join(",", d.events());
        e.secret = d.secret();
        e.previousSecret = d.previousSecret();
        e.previousSecretUntil = Times.utc(d.previousSecretUntil());
        e.createdAt = Times.utc(d.createdAt());
        return e;
    }

    private static WebhookEndpoint endpoint(WebhookEndpointEntity e) {
        List<String> events = e.eventTypes == null || e.eventTypes.isEmpty() ? List.of()
                : Arrays.asList(e.eventTypes.split(","));
        return new WebhookEndpoint(UUID.fromString(e.id), PartnerId.parse(e.partnerId), URI.create(e.url), events,
                e.secret, e.previousSecret, Times.instant(e.previousSecretUntil), Times.instant(e.createdAt));
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(UUID id) {
        return jpa.read(em -> Optional.ofNullable(em.find(WebhookEndpointEntity.class, id.toString()))
                .map(JpaWebhookStore::endpoint));
    }

    @Override
    public List<WebhookEndpoint> endpoints(PartnerId partner) {
        return jpa.read(em -> em.createQuery("SELECT e FROM WebhookEndpointEntity e WHERE e.partnerId = :p"
                        + " ORDER BY e.createdAt, e.id", WebhookEndpointEntity.class)
                .setParameter("p", partner.value().toString()).getResultList().stream()
                .map(JpaWebhookStore::endpoint).toList());
    }

    @Override
    public boolean deleteEndpoint(UUID id) {
        return jpa.write(em -> {
            em.createNativeQuery("DELETE FROM webhook_delivery WHERE endpoint_id = ?").setParameter(1, id.toString())
                    .executeUpdate();
            return em.createNativeQuery("DELETE FROM webhook_endpoint WHERE id = ?").setParameter(1, id.toString())
                    .executeUpdate() > 0;
        });
    }

    @Override
    public void enqueue(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        jpa.change(em -> {
            List<Long> ids = new ArrayList<>();
            for (Object id : em.createNativeQuery(dialect.nextIds("webhook_delivery_id"))
                    .setParameter(1, deliveries.size()).getResultList()) {
                ids.add(((Number) id).longValue());
            }
            ids.sort(null);
            for (int i = 0; i < deliveries.size(); i++) {
                NewDelivery n = deliveries.get(i);
                WebhookDeliveryEntity e = new WebhookDeliveryEntity();
                e.id = ids.get(i);
                e.endpointId = n.endpoint().toString();
                e.partnerId = n.partner().value().toString();
                e.eventId = n.eventId().toString();
                e.eventType = n.eventType();
                e.createdAt = Times.utc(n.createdAt());
                e.dueAt = Times.utc(n.createdAt());
                e.attempts = 0;
                e.status = Status.PENDING.name();
                e.traceParent = n.traceParent();
                em.persist(e);
            }
        });
    }

    @Override
    public List<Delivery> claim(Instant now, Duration lease, String claimant, int limit) {
        Instant until = now.plus(lease);
        return sql.transaction(c -> heads(c, now, until, claimant, limit));
    }

    /** Each endpoint's oldest due delivery nobody else holds, claimed. */
    private List<Delivery> heads(Connection c, Instant now, Instant until, String claimant, int limit)
            throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            try (PreparedStatement ps = Sql.prepare(c, "UPDATE webhook_delivery SET claimed_by = ?, lease_until = ?"
                    + " WHERE id IN (" + DUE + " FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS,
                    claimant, until, now, now, limit); ResultSet rs = ps.executeQuery()) {
                List<Delivery> claimed = deliveries(rs);
                claimed.sort(Comparator.comparingLong(Delivery::id));
                return claimed;
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, DUE + " FOR UPDATE", now, now, limit);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        mark(c, ids, claimant, until);
        return select(c, "WHERE id IN (" + Sql.placeholders(ids.size()) + ") ORDER BY id", ids.toArray());
    }

    private static void mark(Connection c, List<Long> ids, String claimant, Instant until) throws SQLException {
        Object[] params = new Object[ids.size() + 2];
        params[0] = claimant;
        params[1] = until;
        for (int i = 0; i < ids.size(); i++) {
            params[i + 2] = ids.get(i);
        }
        try (PreparedStatement ps = Sql.prepare(c, "UPDATE webhook_delivery SET claimed_by = ?, lease_until = ?"
                + " WHERE id IN (" + Sql.placeholders(ids.size()) + ")", params)) {
            ps.executeUpdate();
        }
    }

    /**
     * V3: the endpoints' heads as {@link #claim}, then, in the same transaction, the pending deliveries
     * after each head, in order, up to the run's length: none of them is another claimant's to take
     * (only an endpoint's oldest pending delivery is claimable), and a run ends before the first one
     * not yet due.
     */
    @Override
    public List<Delivery> claimRuns(Instant now, Duration lease, String claimant, int endpoints, int perEndpoint) {
        Instant until = now.plus(lease);
        return sql.transaction(c -> {
            List<Delivery> heads = heads(c, now, until, claimant, endpoints);
            if (heads.isEmpty() || perEndpoint <= 1) {
                return heads;
            }
            Map<String, Long> headOf = new LinkedHashMap<>();
            heads.forEach(h -> headOf.put(h.endpoint().toString(), h.id()));
            Object[] params = new Object[headOf.size() + 1];
            int i = 0;
            for (String endpoint : headOf.keySet()) {
                params[i++] = endpoint;
            }
            params[i] = perEndpoint;
            List<Long> followers = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, endpoint_id, due_at FROM (SELECT id, endpoint_id,"
                    + " due_at, ROW_NUMBER() OVER (PARTITION BY endpoint_id ORDER BY id) AS rn FROM webhook_delivery"
                    + " WHERE status = 'PENDING' AND endpoint_id IN (" + Sql.placeholders(headOf.size()) + ")) x"
                    + " WHERE rn <= ? ORDER BY endpoint_id, id", params); ResultSet rs = ps.executeQuery()) {
                Set<String> ended = new HashSet<>();
                while (rs.next()) {
                    String endpoint = rs.getString(2);
                    long id = rs.getLong(1);
                    if (ended.contains(endpoint) || id <= headOf.get(endpoint)) {
                        continue;
                    }
                    if (Sql.instant(rs, "due_at").isAfter(now)) {
                        ended.add(endpoint);
                        continue;
                    }
                    followers.add(id);
                }
            }
            if (followers.isEmpty()) {
                return heads;
            }
            for (int from = 0; from < followers.size(); from += Jpa.CHUNK) {
                mark(c, followers.subList(from, Math.min(followers.size(), from + Jpa.CHUNK)), claimant, until);
            }
            Map<String, List<Delivery>> runs = new LinkedHashMap<>();
            heads.forEach(h -> runs.computeIfAbsent(h.endpoint().toString(), k -> new ArrayList<>()).add(h));
            List<Delivery> rest = new ArrayList<>();
            for (int from = 0; from < followers.size(); from += Jpa.CHUNK) {
                List<Long> chunk = followers.subList(from, Math.min(followers.size(), from + Jpa.CHUNK));
                rest.addAll(select(c, "WHERE id IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()));
            }
            rest.sort(Comparator.comparingLong(Delivery::id));
            rest.forEach(d -> runs.get(d.endpoint().toString()).add(d));
            List<Delivery> out = new ArrayList<>();
            runs.values().forEach(out::addAll);
            return out;
        });
    }

    @Override
    public boolean finish(long id, String claimant, Attempt attempt, Status status, Instant retryAt) {
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, FINISH, status.name(), status == Status.PENDING ? retryAt : null, attempt.responseCode(),
                    clip(attempt.error()), attempt.at(), id, claimant)) {
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** One transaction, the updates as one batch (V3: a run of deliveries recorded at once). */
    @Override
    public Set<Long> finishAll(List<Finish> finishes, String claimant) {
        if (finishes.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = new ArrayList<>(finishes.size());
        List<Object[]> rows = new ArrayList<>(finishes.size());
        for (Finish f : finishes) {
            ids.add(f.id());
            rows.add(new Object[] {f.status().name(), f.status() == Status.PENDING ? f.retryAt() : null,
                    f.attempt().responseCode(), clip(f.attempt().error()), f.attempt().at(), f.id(), claimant});
        }
        return sql.transaction(c -> Sql.batch(c, FINISH, ids, rows));
    }

    private static final String FINISH = "UPDATE webhook_delivery SET status = ?, attempts = attempts + 1,"
            + " due_at = COALESCE(?, due_at), response_code = ?, last_error = ?, last_attempt_at = ?,"
            + " claimed_by = NULL, lease_until = NULL WHERE id = ? AND claimed_by = ? AND status = 'PENDING'";

    @Override
    public boolean release(long id, String claimant) {
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "UPDATE webhook_delivery SET claimed_by = NULL, lease_until = NULL"
                    + " WHERE id = ? AND claimed_by = ? AND status = 'PENDING'", id, claimant)) {
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<Delivery> deliveries(UUID endpoint, int limit) {
        return sql.transaction(c -> select(c, "WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?", endpoint.toString(),
                limit));
    }

    @Override
    public Optional<Delivery> retry(UUID endpoint, long id, Instant dueAt) {
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "UPDATE webhook_delivery SET status = 'PENDING', attempts = 0,"
                    + " due_at = ?, claimed_by = NULL, lease_until = NULL"
                    + " WHERE id = ? AND endpoint_id = ? AND status <> 'PENDING'", dueAt, id, endpoint.toString())) {
                ps.executeUpdate();
            }
            return select(c, "WHERE id = ? AND endpoint_id = ?", id, endpoint.toString()).stream().findFirst();
        });
    }

    @Override
    public int deleteFinishedBefore(Instant before) {
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, PURGE_FINISHED, before)) {
                return ps.executeUpdate();
            }
        });
    }

    /** S7: finished deliveries past the cutoff, found through {@code webhook_delivery_by_status_created}. */
    static final String PURGE_FINISHED = "DELETE FROM webhook_delivery WHERE status IN ('SENT', 'DEAD')"
            + " AND created_at < ?";

    private static String clip(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    private static List<Delivery> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + COLUMNS + " FROM webhook_delivery " + where, params);
             ResultSet rs = ps.executeQuery()) {
            return deliveries(rs);
        }
    }

    private static List<Delivery> deliveries(ResultSet rs) throws SQLException {
        List<Delivery> out = new ArrayList<>();
        while (rs.next()) {
            int code = rs.getInt("response_code");
            Integer responseCode = rs.wasNull() ? null : code;
            out.add(new Delivery(rs.getLong("id"), UUID.fromString(rs.getString("endpoint_id")),
                    PartnerId.parse(rs.getString("partner_id")), UUID.fromString(rs.getString("event_id")),
                    rs.getString("event_type"), Sql.instant(rs, "created_at"), Sql.instant(rs, "due_at"),
                    rs.getInt("attempts"), Status.valueOf(rs.getString("status")), responseCode,
                    rs.getString("last_error"), Sql.instant(rs, "last_attempt_at"),
                    rs.getString("trace_parent")));
        }
        return out;
    }
}
