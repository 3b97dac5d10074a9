package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationContentCodec;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationOutbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbox. Rows are appended with the unit of work's entity manager (so they commit with the
 * change that raised them), their ids drawn from a sequence in one round trip, in append order.
 * Claims are one statement: on PostgreSQL an {@code UPDATE ... WHERE id IN (SELECT ... FOR UPDATE
 * SKIP LOCKED)}, so several instances never claim the same row; a claim takes only a recipient's
 * oldest unfinished row. Outcomes and renewals apply only while the claimant still holds the row.
 */
final class JpaNotificationOutbox implements NotificationOutbox {
    private static final String DUE = "SELECT o.id FROM notification_outbox o"
            + " WHERE o.status = 'PENDING' AND o.due_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM notification_outbox p WHERE p.recipient = o.recipient"
            + " AND p.status = 'PENDING' AND p.id < o.id)"
            + " ORDER BY o.id LIMIT ?";
    /** V2: the other emails' lane, each its recipient's oldest among them; links do not hold it up. */
    static final String DUE_MAIL = "SELECT o.id FROM notification_outbox o"
            + " WHERE o.status = 'PENDING' AND o.due_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)"
            + " AND o.notification_type <> 'SIGN_IN_LINK'"
            + " AND NOT EXISTS (SELECT 1 FROM notification_outbox p WHERE p.recipient = o.recipient"
            + " AND p.status = 'PENDING' AND p.id < o.id AND p.notification_type <> 'SIGN_IN_LINK')"
            + " ORDER BY o.id LIMIT ?";
    /** V2: the links' lane, through {@code notification_outbox_lane}: every due link, whatever waits for its recipient. */
    static final String DUE_LINKS = "SELECT o.id FROM notification_outbox o"
            + " WHERE o.notification_type = 'SIGN_IN_LINK' AND o.status = 'PENDING' AND o.due_at <= ?"
            + " AND (o.lease_until IS NULL OR o.lease_until <= ?) ORDER BY o.id LIMIT ?";
    /**
     * S7: the waiting and dead rows, read through {@code notification_outbox_by_status_created} by their
     * status alone, never past the rows sent (the rows kept for {@code /emails} grow without bound).
     */
    static final String COUNTS = "SELECT status, COUNT(*), MIN(created_at) AS oldest FROM notification_outbox"
            + " WHERE status IN ('PENDING', 'DEAD') GROUP BY status";
    private static final String COLUMNS = "id, notification_type, recipient, content, created_at, due_at, attempts,"
            + " status, claimed_by, lease_until, expires_at, finished_at, last_error, trace_parent, subject";

    /** The rows S7's retention reads: sent, or skipped (R18). */
    private static final List<String> FINISHED = List.of(Status.SENT.name(), Status.SKIPPED.name());

    private final Jpa jpa;
    private final Sql sql;
    private final Dialect dialect;

    JpaNotificationOutbox(Jpa jpa, Sql sql, Dialect dialect) {
        this.jpa = jpa;
        this.sql = sql;
        this.dialect = dialect;
    }

    @Override
    public void append(List<NewNotification> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jpa.change(em -> {
            List<Long> ids = new ArrayList<>();
            for (Object id : em.createNativeQuery(dialect.nextOutboxIds).setParameter(1, rows.size())
                    .getResultList()) {
                ids.add(((Number) id).longValue());
            }
            ids.sort(null);
            for (int i = 0; i < rows.size(); i++) {
                NewNotification n = rows.get(i);
                OutboxEntity e = new OutboxEntity();
                e.id = ids.get(i);
                e.type = n.type().name();
                e.recipient = n.recipient().value();
                e.content = NotificationContentCodec.encode(n.content());
                e.createdAt = Times.utc(n.createdAt());
                e.dueAt = Times.utc(n.createdAt());
                e.attempts = 0;
                e.status = Status.PENDING.name();
                e.expiresAt = Times.utc(n.expiresAt());
                e.traceParent = n.traceParent();
                e.subject = n.subject();
                em.persist(e);
            }
        });
    }

    @Override
    public List<Entry> claim(Instant now, Duration lease, String claimant, int limit) {
        return claim(DUE, now, lease, claimant, limit);
    }

    @Override
    public List<Entry> claim(Lane lane, Instant now, Duration lease, String claimant, int limit) {
        return claim(lane == Lane.LINKS ? DUE_LINKS : DUE_MAIL, now, lease, claimant, limit);
    }

    private List<Entry> claim(String due, Instant now, Duration lease, String claimant, int limit) {
        Instant until = now.plus(lease);
        return sql.transaction(c -> dialect == Dialect.POSTGRES ? claimOnPostgres(c, due, now, until, claimant, limit)
                : claimOnH2(c, due, now, until, claimant, limit));
    }

    /** One statement: the due rows nobody else holds are claimed and returned. */
    private static List<Entry> claimOnPostgres(Connection c, String due, Instant now, Instant until, String claimant,
                                               int limit) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "UPDATE notification_outbox SET claimed_by = ?, lease_until = ?"
                + " WHERE id IN (" + due + " FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS,
                claimant, until, now, now, limit);
             ResultSet rs = ps.executeQuery()) {
            List<Entry> claimed = entries(rs);
            claimed.sort(Comparator.comparingLong(Entry::id));
            return claimed;
        }
    }

    /** The embedded database serves one instance; row locks keep its own threads apart. */
    private static List<Entry> claimOnH2(Connection c, String due, Instant now, Instant until, String claimant,
                                         int limit) throws SQLException {
        List<Long> ids;
        try (PreparedStatement ps = Sql.prepare(c, due + " FOR UPDATE", now, now, limit);
             ResultSet rs = ps.executeQuery()) {
            ids = ids(rs);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Object[] params = new Object[ids.size() + 2];
        params[0] = claimant;
        params[1] = until;
        for (int i = 0; i < ids.size(); i++) {
            params[i + 2] = ids.get(i);
        }
        try (PreparedStatement ps = Sql.prepare(c, "UPDATE notification_outbox SET claimed_by = ?,"
                + " lease_until = ? WHERE id IN (" + Sql.placeholders(ids.size()) + ")", params)) {
            ps.executeUpdate();
        }
        return select(c, "WHERE id IN (" + Sql.placeholders(ids.size()) + ") ORDER BY id", ids.toArray());
    }

    private static List<Long> ids(ResultSet rs) throws SQLException {
        List<Long> ids = new ArrayList<>();
        while (rs.next()) {
            ids.add(rs.getLong(1));
        }
        ids.sort(null);
        return ids;
    }

    @Override
    public boolean markSent(long id, String claimant, Instant at, NotificationContent content) {
        return finish(SENT, id, claimant, at,
                NotificationContentCodec.encode(content));
    }

    /** One transaction, the updates as one batch (V1: many emails marked sent at once). */
    @Override
    public Set<Long> markAllSent(List<Sent> rows, String claimant) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = new ArrayList<>(rows.size());
        List<Object[]> params = new ArrayList<>(rows.size());
        for (Sent r : rows) {
            ids.add(r.id());
            params.add(new Object[] {r.at(), NotificationContentCodec.encode(r.content()), r.id(), claimant});
        }
        return sql.transaction(c -> Sql.batch(c, "UPDATE notification_outbox SET " + SENT
                + ", claimed_by = NULL, lease_until = NULL WHERE id = ? AND claimed_by = ? AND status = 'PENDING'",
                ids, params));
    }

    private static final String SENT = "status = 'SENT', attempts = attempts + 1, finished_at = ?, content = ?";

    @Override
    public boolean markSkipped(long id, String claimant, Instant at) {
        return finish("status = 'SKIPPED', finished_at = ?", id, claimant, at);
    }

    @Override
    public boolean retryAt(long id, String claimant, int attempts, Instant dueAt, String error) {
        return finish("attempts = ?, due_at = ?, last_error = ?", id, claimant, attempts, dueAt, clip(error));
    }

    @Override
    public Set<Long> renew(Collection<Long> ids, String claimant, Instant until) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return Set.of();
        }
        return sql.transaction(c -> {
            Set<Long> kept = new HashSet<>();
            for (int i = 0; i < distinct.size(); i += Jpa.CHUNK) {
                List<Long> chunk = distinct.subList(i, Math.min(distinct.size(), i + Jpa.CHUNK));
                Object[] params = new Object[chunk.size() + 1];
                params[0] = claimant;
                for (int j = 0; j < chunk.size(); j++) {
                    params[j + 1] = chunk.get(j);
                }
                // lock the rows still ours, then extend exactly those
                List<Long> ours;
                try (PreparedStatement ps = Sql.prepare(c, "SELECT id FROM notification_outbox WHERE claimed_by = ?"
                        + " AND status = 'PENDING' AND id IN (" + Sql.placeholders(chunk.size()) + ") FOR UPDATE",
                        params); ResultSet rs = ps.executeQuery()) {
                    ours = ids(rs);
                }
                if (ours.isEmpty()) {
                    continue;
                }
                Object[] update = new Object[ours.size() + 1];
                update[0] = until;
                for (int j = 0; j < ours.size(); j++) {
                    update[j + 1] = ours.get(j);
                }
                try (PreparedStatement ps = Sql.prepare(c, "UPDATE notification_outbox SET lease_until = ? WHERE id IN ("
                        + Sql.placeholders(ours.size()) + ")", update)) {
                    ps.executeUpdate();
                }
                kept.addAll(ours);
            }
            return kept;
        });
    }

    @Override
    public boolean release(long id, String claimant) {
        return finish("status = 'PENDING'", id, claimant);
    }

    @Override
    public boolean markDead(long id, String claimant, int attempts, Instant at, String error) {
        return finish("status = 'DEAD', attempts = ?, finished_at = ?, last_error = ?", id, claimant, attempts, at,
                clip(error));
    }

    private boolean finish(String set, long id, String claimant, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = id;
        params[values.length + 1] = claimant;
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "UPDATE notification_outbox SET " + set
                    + ", claimed_by = NULL, lease_until = NULL WHERE id = ? AND claimed_by = ? AND status = 'PENDING'",
                    params)) {
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static String clip(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    @Override
    public Counts counts() {
        return sql.transaction(c -> {
            long pending = 0;
            long dead = 0;
            Instant oldest = null;
            try (PreparedStatement ps = c.prepareStatement(COUNTS);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("PENDING".equals(rs.getString(1))) {
                        pending = rs.getLong(2);
                        oldest = Sql.instant(rs, "oldest");
                    } else if ("DEAD".equals(rs.getString(1))) {
                        dead = rs.getLong(2);
                    }
                }
            }
            return new Counts(pending, dead, oldest);
        });
    }

    @Override
    public List<Entry> find(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return List.of();
        }
        return sql.transaction(c -> {
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i += Jpa.CHUNK) {
                List<Long> chunk = distinct.subList(i, Math.min(distinct.size(), i + Jpa.CHUNK));
                out.addAll(select(c, "WHERE id IN (" + Sql.placeholders(chunk.size()) + ")", chunk.toArray()));
            }
            out.sort(Comparator.comparingLong(Entry::id));
            return out;
        });
    }

    private static final String REQUEUE = "UPDATE notification_outbox SET status = 'PENDING', due_at = ?,"
            + " attempts = 0, finished_at = NULL, claimed_by = NULL, lease_until = NULL WHERE status = 'DEAD'";

    /** All or none: the update is rolled back when any id is not a dead row. */
    private static final class NotAllDead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllDead() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean requeue(Collection<Long> ids, Instant dueAt) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return true;
        }
        try {
            return sql.transaction(c -> {
                for (int i = 0; i < distinct.size(); i += Jpa.CHUNK) {
                    List<Long> chunk = distinct.subList(i, Math.min(distinct.size(), i + Jpa.CHUNK));
                    Object[] params = new Object[chunk.size() + 1];
                    params[0] = dueAt;
                    for (int j = 0; j < chunk.size(); j++) {
                        params[j + 1] = chunk.get(j);
                    }
                    try (PreparedStatement ps = Sql.prepare(c, REQUEUE + " AND id IN ("
                            + Sql.placeholders(chunk.size()) + ")", params)) {
                        if (ps.executeUpdate() != chunk.size()) {
                            throw new NotAllDead();
                        }
                    }
                }
                return true;
            });
        } catch (NotAllDead notAll) {
            return false;
        }
    }

    @Override
    public int requeueAllDead(Instant dueAt) {
        return sql.transaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, REQUEUE, dueAt)) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Entry> dead(int limit) {
        return sql.transaction(c -> select(c, "WHERE status = 'DEAD' ORDER BY finished_at DESC, id DESC LIMIT ?",
                limit));
    }

    /** In the caller's unit of work, so an erasure is all or nothing. */
    @Override
    public int deleteUnsent(EmailAddress recipient) {
        return jpa.write(em -> em.createQuery("DELETE FROM OutboxEntity o WHERE o.recipient = :r AND o.status <> :sent")
                .setParameter("r", recipient.value()).setParameter("sent", Status.SENT.name()).executeUpdate());
    }

    /** In the caller's unit of work, so an erasure is all or nothing. */
    @Override
    public int readdress(EmailAddress from, EmailAddress to, String name) {
        return jpa.write(em -> {
            List<OutboxEntity> rows = em.createQuery("SELECT o FROM OutboxEntity o WHERE o.recipient = :r ORDER BY o.id",
                    OutboxEntity.class).setParameter("r", from.value()).getResultList();
            for (OutboxEntity e : rows) {
                e.recipient = to.value();
                e.content = NotificationContentCodec.encode(NotificationContentCodec.decode(e.content)
                        .withRecipient(to, name));
                e.lastError = NotificationOutbox.readdressed(e.lastError, from, to);
            }
            return rows.size();
        });
    }

    /**
     * S8: the request emails (R23) whose lower-cased snapshot holds a text, read by type through
     * {@code notification_outbox_lane} (its leading column), never past the other emails.
     */
    static final String NAMING_IN_REQUESTS = "SELECT id, content FROM notification_outbox"
            + " WHERE notification_type IN ('" + NotificationType.PARTNER_REQUEST.name() + "', '"
            + NotificationType.REQUEST_RESOLVED.name() + "') AND LOWER(content) LIKE ? ESCAPE '!'";

    /**
     * In the caller's unit of work, so an erasure is all or nothing: {@link #NAMING_IN_REQUESTS} with the address
     * as the codec writes it, each row then decided on its decoded snapshot.
     */
    @Override
    public int forgetInRequests(EmailAddress address, EmailAddress pseudonym) {
        if (!jpa.inUnit()) {
            throw new IllegalStateException("writes happen inside a unit of work");
        }
        String written = address.value().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("=", "\\=");
        String needle = "%" + Sql.likeEscaped(written) + "%";
        return jpa.sql(c -> {
            Map<Long, String> changed = new LinkedHashMap<>();
            try (PreparedStatement ps = Sql.prepare(c, NAMING_IN_REQUESTS, needle); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    NotificationContent content = NotificationContentCodec.decode(rs.getString(2));
                    NotificationContent forgotten = content.forgettingInRequest(address, pseudonym);
                    if (forgotten != content) {
                        changed.put(rs.getLong(1), NotificationContentCodec.encode(forgotten));
                    }
                }
            }
            return Sql.batch(c, "UPDATE notification_outbox SET content = ? WHERE id = ?", new ArrayList<>(changed.keySet()),
                    changed.entrySet().stream().map(row -> new Object[] {row.getValue(), row.getKey()}).toList()).size();
        });
    }

    /**
     * S7: the next rows of one status whose content is still to forget, oldest first, through
     * {@code notification_outbox_forget} (status and flag equal, finish time a range, in its order).
     */
    static final String FORGET_DUE = "SELECT id, content FROM notification_outbox WHERE status = ?"
            + " AND content_forgotten = FALSE AND finished_at < ? ORDER BY finished_at, id LIMIT ?";
    /** S7: the next rows of one status past their keeping, oldest first, through {@code notification_outbox_by_status_finished}. */
    static final String DELETE_DUE = "SELECT id FROM notification_outbox WHERE status = ? AND finished_at < ?"
            + " ORDER BY finished_at, id LIMIT ?";

    @Override
    public int forgetContentFinishedBefore(Instant cutoff, int limit) {
        return sql.transaction(c -> {
            int done = 0;
            for (String status : FINISHED) {
                Map<Long, String> due = new LinkedHashMap<>();
                try (PreparedStatement ps = Sql.prepare(c, FORGET_DUE, status, cutoff, limit - done);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.put(rs.getLong(1), rs.getString(2));
                    }
                }
                if (!due.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE notification_outbox SET content = ?, content_forgotten = TRUE WHERE id = ?")) {
                        for (Map.Entry<Long, String> row : due.entrySet()) {
                            ps.setString(1, NotificationContentCodec.encode(NotificationContentCodec.decode(
                                    row.getValue()).forgotten()));
                            ps.setLong(2, row.getKey());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                done += due.size();
                if (done == limit) {
                    break;
                }
            }
            return done;
        });
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff, int limit) {
        return sql.transaction(c -> {
            int done = 0;
            for (String status : FINISHED) {
                List<Object> ids = new ArrayList<>();
                try (PreparedStatement ps = Sql.prepare(c, DELETE_DUE, status, cutoff, limit - done);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                if (!ids.isEmpty()) {
                    try (PreparedStatement ps = Sql.prepare(c, "DELETE FROM notification_outbox WHERE id IN ("
                            + Sql.placeholders(ids.size()) + ")", ids.toArray())) {
                        done += ps.executeUpdate();
                    }
                }
                if (done == limit) {
                    break;
                }
            }
            return done;
        });
    }

    @Override
    public List<Entry> forRecipient(EmailAddress recipient) {
        return sql.transaction(c -> select(c, "WHERE recipient = ? ORDER BY id", recipient.value()));
    }

    @Override
    public List<Entry> pageForRecipient(EmailAddress recipient, Long beforeId, int limit) {
        return sql.transaction(c -> beforeId == null
                ? select(c, "WHERE recipient = ? ORDER BY id DESC LIMIT ?", recipient.value(), limit)
                : select(c, "WHERE recipient = ? AND id < ? ORDER BY id DESC LIMIT ?", recipient.value(), beforeId,
                        limit));
    }

    private static List<Entry> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + COLUMNS + " FROM notification_outbox " + where,
                params); ResultSet rs = ps.executeQuery()) {
            return entries(rs);
        }
    }

    private static List<Entry> entries(ResultSet rs) throws SQLException {
        List<Entry> out = new ArrayList<>();
        while (rs.next()) {
            out.add(new Entry(rs.getLong("id"), NotificationType.valueOf(rs.getString("notification_type")),
                    new EmailAddress(rs.getString("recipient")),
                    NotificationContentCodec.decode(rs.getString("content")),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "due_at"), rs.getInt("attempts"),
                    Status.valueOf(rs.getString("status")), rs.getString("claimed_by"),
                    Sql.instant(rs, "lease_until"), Sql.instant(rs, "expires_at"),
                    Sql.instant(rs, "finished_at"), rs.getString("last_error"), rs.getString("trace_parent"),
                    rs.getString("subject")));
        }
        return out;
    }
}
