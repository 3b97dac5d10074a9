package io.partnerportal.core.operations;

import io.partnerportal.core.application.DeliveryLog;
import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.DeliveryTally;
import io.partnerportal.core.application.OutboxLoop.Outcome;
import io.partnerportal.core.application.OutboxLoop;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.port.out.NotificationOutbox.Entry;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender.Result;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The email outbox (SPEC §4, §6.5, §7.2) as two lanes of the {@link OutboxLoop}. Sign-in links have
 * a lane of their own that waits behind nothing (V2); every other email is claimed only as its
 * recipient's oldest unfinished row among those types, so WELCOME stays first, and with more than one
 * worker several recipients are sent to at once (V1), one email at a time per recipient. Each row is
 * sent outside any unit of work with its stable Message-ID. A sign-in link that expired before it
 * could be sent is not sent; an optional email its recipient switched off is recorded as skipped,
 * decided when it is sent, not when it was queued (R18). One temporary failure ends the pass: the
 * mail server is likely down or slow. Operators read the outbox's state and its dead rows, and send
 * dead rows again.
 */
final class EmailDelivery implements NotificationDelivery {
    /** Most ids one requeue names. */
    static final int MAX_REQUEUE = 1000;
    static final String EXPIRED = "expired before it could be sent";
    /** Sign-in links are few and urgent: this many are sent at once (V2). */
    static final int LINK_WORKERS = 2;
    /** With workers, how long a sent email may wait to be marked sent together with others (V1). */
    static final Duration RECORD_TOGETHER = Duration.ofMillis(20);

    private final NotificationOutbox outbox;
    private final PersonRepository people;
    private final SigningKeys keys;
    private final NotificationSender sender;
    private final Clock clock;
    private final OutboxLoop<Entry> links;
    private final OutboxLoop<Entry> mail;
    /** The unsubscribe links' key, read once: it never changes once made. */
    private volatile byte[] unsubscribeKey;

    EmailDelivery(NotificationOutbox outbox, PersonRepository people, SigningKeys keys, NotificationSender sender,
                  Clock clock, String claimant, int batchSize, Duration lease, Duration passBudget,
                  System.Logger log) {
        this(outbox, people, keys, sender, clock, claimant, batchSize, lease, passBudget, log, 1);
    }

    EmailDelivery(NotificationOutbox outbox, PersonRepository people, SigningKeys keys, NotificationSender sender,
                  Clock clock, String claimant, int batchSize, Duration lease, Duration passBudget,
                  System.Logger log, int parallelism) {
        this.outbox = outbox;
        this.people = people;
        this.keys = keys;
        this.sender = sender;
        this.clock = clock;
        this.links = new OutboxLoop<>(new Lane(NotificationOutbox.Lane.LINKS, Duration.ZERO), clock, claimant, batchSize, lease,
                passBudget, true, "Email", log, parallelism == 1 ? 1 : LINK_WORKERS);
        this.mail = new OutboxLoop<>(new Lane(NotificationOutbox.Lane.MAIL,
                parallelism == 1 ? Duration.ZERO : RECORD_TOGETHER), clock, claimant, batchSize, lease,
                passBudget, true, "Email", log, parallelism);
    }

    /** The Message-ID's local part, derived from the row alone so a resend is recognisable. */
    static String messageId(Entry e) {
        return "notification-" + e.id() + "-" + e.createdAt().toEpochMilli();
    }

    @Override
    public DeliveryReport deliverDue() {
        DeliveryReport m = mail.pass();
        if (m.retried() > 0) {
            return m; // the mail server is likely down: the links' lane tries on its own schedule
        }
        DeliveryReport l = links.pass();
        return new DeliveryReport(l.claimed() + m.claimed(), l.sent() + m.sent(), l.retried() + m.retried(),
                l.dead() + m.dead(), l.released() + m.released());
    }

    @Override
    public DeliveryReport deliverDueLinks() {
        return links.pass();
    }

    @Override
    public Map<String, DeliveryTally> tally() {
        Map<String, DeliveryTally> out = new TreeMap<>(mail.tally());
        links.tally().forEach((type, t) -> out.merge(type, t, (a, b) -> new DeliveryTally(a.attempted()
                + b.attempted(), a.sent() + b.sent(), a.retried() + b.retried(), a.dead() + b.dead())));
        return Collections.unmodifiableMap(out);
    }

    /**
     * One lane of the outbox: links oldest first, each marked sent at once (its token is erased then); the other
     * emails in order per recipient, with workers marked sent together.
     */
    private final class Lane implements OutboxLoop.Queue<Entry> {
        private final NotificationOutbox.Lane lane;
        private final Duration together;

        Lane(NotificationOutbox.Lane lane, Duration together) {
            this.lane = lane;
            this.together = together;
        }

        @Override
        public Duration recordTogetherWithin() {
            return together;
        }

        @Override
        public void recordSent(List<OutboxLoop.Recorded<Entry>> sent, String claimant) {
            List<NotificationOutbox.Sent> rows = new ArrayList<>(sent.size());
            for (OutboxLoop.Recorded<Entry> r : sent) {
                rows.add(new NotificationOutbox.Sent(r.row().id(), r.at(), r.row().content().withoutSecret()));
            }
            outbox.markAllSent(rows, claimant);
        }

        @Override
        public List<Entry> claim(Instant now, Duration lease, String claimant, int limit) {
            return outbox.claim(lane, now, lease, claimant, limit);
        }

        @Override
        public Optional<Set<Long>> renew(Collection<Long> ids, String claimant, Instant until) {
            return Optional.of(outbox.renew(ids, claimant, until));
        }

        @Override
        public void release(Entry row, String claimant) {
            outbox.release(row.id(), claimant);
        }

        @Override
        public long id(Entry row) {
            return row.id();
        }

        @Override
        public String type(Entry row) {
            return row.type().name();
        }

        @Override
        public String key(Entry row) {
            return lane == NotificationOutbox.Lane.MAIL ? row.recipient().value() : Long.toString(row.id());
        }

        @Override
        public int attempts(Entry row) {
            return row.attempts();
        }

        @Override
        public Outcome attempt(Entry row, Instant now) {
            return EmailDelivery.this.attempt(row, now);
        }

        @Override
        public void record(Entry row, String claimant, Outcome outcome, int attempts, Instant at, Instant nextTry) {
            EmailDelivery.this.record(row, claimant, outcome, attempts, at, nextTry);
        }
    }

    private byte[] unsubscribeKey() {
        byte[] key = unsubscribeKey;
        if (key == null) {
            key = keys.key(UnsubscribeToken.PURPOSE);
            unsubscribeKey = key;
        }
        return key;
    }

    Outcome attempt(Entry e, Instant now) {
        if (e.expiresAt() != null && !now.isBefore(e.expiresAt())) {
            return new Outcome.GaveUp(EXPIRED);
        }
        Optional<Person> recipient = e.type().isOptional() ? people.findByEmail(e.recipient()) : Optional.empty();
        if (recipient.isPresent() && people.switchedOff(recipient.get().id()).contains(e.type())) {
            return new Outcome.Skipped();
        }
        String unsubscribe = recipient.map(p -> new UnsubscribeToken(p.id(), e.type())
                .sign(unsubscribeKey())).orElse(null);
        try {
            Result result = sender.send(new NotificationSender.Outgoing(messageId(e), e.content(), unsubscribe,
                    e.traceParent()));
            if (result instanceof Result.Sent) {
                return new Outcome.Sent(null);
            }
            if (result instanceof Result.TemporaryFailure t) {
                return new Outcome.Failed(true, t.reason(), DeliveryLog.reply(t.reason()), null);
            }
            String reason = ((Result.PermanentFailure) result).reason();
            return new Outcome.Failed(false, reason, DeliveryLog.reply(reason), null);
        } catch (RuntimeException failure) {
            return new Outcome.Failed(true, String.valueOf(failure.getMessage()), DeliveryLog.exception(failure),
                    null);
        }
    }

    void record(Entry e, String claimant, Outcome outcome, int attempts, Instant at, Instant nextTry) {
        if (outcome instanceof Outcome.Sent) {
            outbox.markSent(e.id(), claimant, at, e.content().withoutSecret());
        } else if (outcome instanceof Outcome.Skipped) {
            outbox.markSkipped(e.id(), claimant, at);
        } else if (outcome instanceof Outcome.Failed f && nextTry != null) {
            outbox.retryAt(e.id(), claimant, attempts, nextTry, f.reason());
        } else if (outcome instanceof Outcome.Failed f) {
            outbox.markDead(e.id(), claimant, attempts, at, f.reason());
        } else {
            outbox.markDead(e.id(), claimant, attempts, at, ((Outcome.GaveUp) outcome).reason());
        }
    }

    // ---- operators ----

    @Override
    public Status status() {
        NotificationOutbox.Counts c = outbox.counts();
        return new Status(c.pending(), c.dead(), c.oldestPendingCreatedAt());
    }

    @Override
    public List<DeadNotification> dead(int limit) {
        if (limit < 1 || limit > MAX_REQUEUE) {
            throw ValidationException.of("limit", FieldErrorCode.OUT_OF_RANGE, "must be from 1 to " + MAX_REQUEUE);
        }
        return outbox.dead(limit).stream().map(e -> new DeadNotification(e.id(), e.type().name(),
                e.recipient().value(), e.attempts(), e.finishedAt(), e.lastError())).toList();
    }

    @Override
    public int requeue(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw ValidationException.of("ids", FieldErrorCode.REQUIRED, "name at least one email");
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        if (wanted.size() > MAX_REQUEUE) {
            throw ValidationException.of("ids", FieldErrorCode.TOO_MANY, "name at most " + MAX_REQUEUE + " emails at a time");
        }
        Map<Long, Entry> found = new HashMap<>();
        outbox.find(wanted).forEach(e -> found.put(e.id(), e));
        Fields errors = new Fields();
        for (long id : wanted) {
            Entry e = found.get(id);
            if (e == null) {
                errors.add("ids", FieldErrorCode.UNKNOWN, id + ": no such email");
            } else if (e.status() != NotificationOutbox.Status.DEAD) {
                errors.add("ids", FieldErrorCode.NOT_APPLICABLE, id + ": not dead (" + e.status().name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        errors.throwIfAny();
        if (!outbox.requeue(wanted, clock.instant())) {
            throw new ConflictException(ErrorCode.CONCURRENT_UPDATE,
                    "an email changed while being requeued; nothing was requeued");
        }
        return wanted.size();
    }

    @Override
    public int requeueAllDead() {
        return outbox.requeueAllDead(clock.instant());
    }
}
