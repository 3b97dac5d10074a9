package io.partnerportal.core.testing;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

final class InMemoryNotificationOutbox implements NotificationOutbox {
    private final InMemoryDatabase db;

    InMemoryNotificationOutbox(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void append(List<NewNotification> rows) {
        db.write(() -> {
            for (NewNotification n : rows) {
                long id = db.tables.nextOutboxId++;
                db.tables.outbox.put(id, new Entry(id, n.type(), n.recipient(), n.content(), n.createdAt(),
                        n.createdAt(), 0, Status.PENDING, null, null, n.expiresAt(), null, null, n.traceParent(), n.subject()));
            }
        });
    }

    @Override
    public List<Entry> claim(Instant now, Duration lease, String claimant, int limit) {
        return db.unit(() -> {
            Set<EmailAddress> blocked = new HashSet<>();
            List<Entry> claimed = new ArrayList<>();
            for (Entry e : List.copyOf(db.tables.outbox.values())) {
                if (e.status() != Status.PENDING) {
                    continue;
                }
                boolean first = blocked.add(e.recipient());
                boolean due = !e.dueAt().isAfter(now);
                boolean free = e.leaseUntil() == null || !e.leaseUntil().isAfter(now);
                if (first && due && free && claimed.size() < limit) {
                    Entry c = new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(), e.dueAt(),
                            e.attempts(), e.status(), claimant, now.plus(lease), e.expiresAt(), null, e.lastError(), e.traceParent(), e.subject());
                    db.tables.outbox.put(e.id(), c);
                    claimed.add(c);
                }
            }
            return claimed;
        });
    }

    @Override
    public List<Entry> claim(Lane lane, Instant now, Duration lease, String claimant, int limit) {
        return db.unit(() -> {
            Set<EmailAddress> blocked = new HashSet<>();
            List<Entry> claimed = new ArrayList<>();
            for (Entry e : List.copyOf(db.tables.outbox.values())) {
                boolean link = e.type() == NotificationType.SIGN_IN_LINK;
                if (e.status() != Status.PENDING || link != (lane == Lane.LINKS)) {
                    continue;
                }
                boolean first = link || blocked.add(e.recipient());
                boolean due = !e.dueAt().isAfter(now);
                boolean free = e.leaseUntil() == null || !e.leaseUntil().isAfter(now);
                if (first && due && free && claimed.size() < limit) {
                    Entry c = new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(), e.dueAt(),
                            e.attempts(), e.status(), claimant, now.plus(lease), e.expiresAt(), null, e.lastError(), e.traceParent(), e.subject());
                    db.tables.outbox.put(e.id(), c);
                    claimed.add(c);
                }
            }
            return claimed;
        });
    }

    @Override
    public boolean markSent(long id, String claimant, Instant at, NotificationContent content) {
        return change(id, claimant, e -> new Entry(e.id(), e.type(), e.recipient(), content, e.createdAt(),
                e.dueAt(), e.attempts() + 1, Status.SENT, null, null, e.expiresAt(), at, e.lastError(), e.traceParent(), e.subject()));
    }

    @Override
    public boolean markSkipped(long id, String claimant, Instant at) {
        return change(id, claimant, e -> new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(),
                e.dueAt(), e.attempts(), Status.SKIPPED, null, null, e.expiresAt(), at, e.lastError(), e.traceParent(), e.subject()));
    }

    @Override
    public boolean retryAt(long id, String claimant, int attempts, Instant dueAt, String error) {
        return change(id, claimant, e -> new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(),
                dueAt, attempts, Status.PENDING, null, null, e.expiresAt(), null, error, e.traceParent(), e.subject()));
    }

    @Override
    public Set<Long> renew(Collection<Long> ids, String claimant, Instant until) {
        return db.unit(() -> {
            Set<Long> kept = new HashSet<>();
            for (long id : ids) {
                if (change(id, claimant, e -> new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(),
                        e.dueAt(), e.attempts(), e.status(), claimant, until, e.expiresAt(), null, e.lastError(), e.traceParent(), e.subject()))) {
                    kept.add(id);
                }
            }
            return kept;
        });
    }

    @Override
    public boolean release(long id, String claimant) {
        return change(id, claimant, e -> new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(),
                e.dueAt(), e.attempts(), Status.PENDING, null, null, e.expiresAt(), null, e.lastError(), e.traceParent(), e.subject()));
    }

    @Override
    public boolean markDead(long id, String claimant, int attempts, Instant at, String error) {
        return change(id, claimant, e -> new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(),
                e.dueAt(), attempts, Status.DEAD, null, null, e.expiresAt(), at, error, e.traceParent(), e.subject()));
    }

    private boolean change(long id, String claimant, UnaryOperator<Entry> f) {
        return db.unit(() -> {
            Entry e = db.tables.outbox.get(id);
            if (e == null || e.status() != Status.PENDING || !Objects.equals(e.claimedBy(), claimant)) {
                return false;
            }
            db.tables.outbox.put(id, f.apply(e));
            return true;
        });
    }

    @Override
    public Counts counts() {
        return db.read(() -> new Counts(
                db.tables.outbox.values().stream().filter(e -> e.status() == Status.PENDING).count(),
                db.tables.outbox.values().stream().filter(e -> e.status() == Status.DEAD).count(),
                db.tables.outbox.values().stream().filter(e -> e.status() == Status.PENDING)
                        .map(Entry::createdAt).min(Comparator.naturalOrder()).orElse(null)));
    }

    @Override
    public List<Entry> find(Collection<Long> ids) {
        return db.read(() -> ids.stream().distinct().sorted().map(db.tables.outbox::get).filter(Objects::nonNull)
                .toList());
    }

    @Override
    public boolean requeue(Collection<Long> ids, Instant dueAt) {
        return db.unit(() -> {
            if (ids.stream().map(db.tables.outbox::get).anyMatch(e -> e == null || e.status() != Status.DEAD)) {
                return false;
            }
            ids.forEach(id -> db.tables.outbox.put(id, requeued(db.tables.outbox.get(id), dueAt)));
            return true;
        });
    }

    @Override
    public int requeueAllDead(Instant dueAt) {
        return db.unit(() -> {
            List<Entry> dead = db.tables.outbox.values().stream().filter(e -> e.status() == Status.DEAD).toList();
            dead.forEach(e -> db.tables.outbox.put(e.id(), requeued(e, dueAt)));
            return dead.size();
        });
    }

    private static Entry requeued(Entry e, Instant dueAt) {
        return new Entry(e.id(), e.type(), e.recipient(), e.content(), e.createdAt(), dueAt, 0, Status.PENDING, null,
                null, e.expiresAt(), null, e.lastError(), e.traceParent(), e.subject());
    }

    @Override
    public List<Entry> dead(int limit) {
        return db.read(() -> db.tables.outbox.values().stream().filter(e -> e.status() == Status.DEAD)
                .sorted(Comparator.comparing(Entry::finishedAt).thenComparing(Entry::id).reversed())
                .limit(limit).toList());
    }

    @Override
    public List<Entry> forRecipient(EmailAddress recipient) {
        return db.read(() -> db.tables.outbox.values().stream().filter(e -> e.recipient().equals(recipient))
                .toList());
    }

    @Override
    public List<Entry> pageForRecipient(EmailAddress recipient, Long beforeId, int limit) {
        return db.read(() -> db.tables.outbox.descendingMap().values().stream()
                .filter(e -> e.recipient().equals(recipient) && (beforeId == null || e.id() < beforeId))
                .limit(limit).toList());
    }

    @Override
    public int deleteUnsent(EmailAddress recipient) {
        return db.write(() -> {
            int before = db.tables.outbox.size();
            db.tables.outbox.values().removeIf(e -> e.recipient().equals(recipient) && e.status() != Status.SENT);
            return before - db.tables.outbox.size();
        });
    }

    @Override
    public int readdress(EmailAddress from, EmailAddress to, String name) {
        return db.write(() -> {
            int changed = 0;
            for (Entry e : List.copyOf(db.tables.outbox.values())) {
                if (e.recipient().equals(from)) {
                    db.tables.outbox.put(e.id(), new Entry(e.id(), e.type(), to, e.content().withRecipient(to, name),
                            e.createdAt(), e.dueAt(), e.attempts(), e.status(), e.claimedBy(), e.leaseUntil(),
                            e.expiresAt(), e.finishedAt(), NotificationOutbox.readdressed(e.lastError(), from, to), e.traceParent(), e.subject()));
                    changed++;
                }
            }
            return changed;
        });
    }

    @Override
    public int forgetInRequests(EmailAddress address, EmailAddress pseudonym) {
        return db.write(() -> {
            int changed = 0;
            for (Entry e : List.copyOf(db.tables.outbox.values())) {
                NotificationContent forgotten = e.content().forgettingInRequest(address, pseudonym);
                if (forgotten != e.content()) {
                    db.tables.outbox.put(e.id(), new Entry(e.id(), e.type(), e.recipient(), forgotten, e.createdAt(),
                            e.dueAt(), e.attempts(), e.status(), e.claimedBy(), e.leaseUntil(), e.expiresAt(),
                            e.finishedAt(), e.lastError(), e.traceParent(), e.subject()));
                    changed++;
                }
            }
            return changed;
        });
    }

    @Override
    public int forgetContentFinishedBefore(Instant cutoff, int limit) {
        return db.write(() -> {
            List<Entry> due = finishedBefore(cutoff).filter(e -> !e.content().equals(e.content().forgotten()))
                    .limit(limit).toList();
            for (Entry e : due) {
                db.tables.outbox.put(e.id(), new Entry(e.id(), e.type(), e.recipient(), e.content().forgotten(),
                        e.createdAt(), e.dueAt(), e.attempts(), e.status(), e.claimedBy(), e.leaseUntil(),
                        e.expiresAt(), e.finishedAt(), e.lastError(), e.traceParent(), e.subject()));
            }
            return due.size();
        });
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff, int limit) {
        return db.write(() -> {
            List<Entry> due = finishedBefore(cutoff).limit(limit).toList();
            due.forEach(e -> db.tables.outbox.remove(e.id()));
            return due.size();
        });
    }

    private java.util.stream.Stream<Entry> finishedBefore(Instant cutoff) {
        return db.tables.outbox.values().stream()
                .filter(e -> (e.status() == Status.SENT || e.status() == Status.SKIPPED) && e.finishedAt() != null
                        && e.finishedAt().isBefore(cutoff))
                .sorted(java.util.Comparator.comparing(Entry::finishedAt).thenComparing(Entry::id));
    }
}
