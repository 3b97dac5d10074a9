package io.partnerportal.core.operations;

import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.application.DeliveryLog;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.RetrySchedule;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationOutbox.Entry;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SigningKeys;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.party.Person;
import java.util.Optional;
import io.partnerportal.core.port.out.NotificationSender.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One pass of the outbox's delivery loop (SPEC §4, §6.5): claim due rows under a short lease (the
 * outbox keeps each recipient's order), send each outside any unit of work, then record the
 * outcome - sent, retry after 1 min / 5 min / 30 min / 2 h / 12 h, or dead. A sign-in link that
 * expired before it could be sent is not sent; an optional email its recipient switched off is
 * recorded as skipped (R18).
 *
 * <p>The pass keeps its rows alive: before a send, when less than half the lease is left, it
 * renews the lease of the rows it still has to do, so every send starts with at least half a
 * lease and the rows of an instance that died are free again one lease after its last renewal.
 * A row whose renewal failed is another instance's now and is left alone. After a temporary
 * failure (the server is likely down or slow), or once the pass budget is used, the rest of the
 * batch is given back unsent. Time comes from the clock, so tests advance it instead of sleeping.
 *
 * <p>Each failed attempt is logged at WARN, each row that gave up at ERROR (see {@link DeliveryLog}).
 */
public final class NotificationDeliveryService implements NotificationDelivery {
    /** Most ids one requeue names. */
    public static final int MAX_REQUEUE = 1000;

    private final NotificationOutbox outbox;
    private final PersonRepository people;
    private final SigningKeys keys;
    private final NotificationSender sender;
    private final Clock clock;
    private final String claimant;
    private final int batchSize;
    private final Duration lease;
    private final Duration passBudget;
    private final DeliveryLog log;
    private final Map<NotificationType, long[]> tally = new EnumMap<>(NotificationType.class);

    public NotificationDeliveryService(Storage storage, NotificationSender sender, Clock clock, CoreSettings settings,
                                System.Logger log) {
        this.outbox = storage.outbox();
        this.people = storage.people();
        this.keys = storage.signingKeys();
        this.sender = sender;
        this.clock = clock;
        this.claimant = settings.instanceName();
        this.batchSize = settings.deliveryBatchSize();
        this.lease = settings.deliveryLease();
        this.passBudget = settings.deliveryPassBudget();
        this.log = new DeliveryLog(log);
    }

    /** The Message-ID's local part, derived from the row alone so a resend is recognisable. */
    public static String messageId(Entry e) {
        return "notification-" + e.id() + "-" + e.createdAt().toEpochMilli();
    }

    @Override
    public Report deliverDue() {
        Instant started = clock.instant();
        List<Entry> claimed = outbox.claim(started, lease, claimant, batchSize);
        Instant passEnds = started.plus(passBudget);
        Instant leaseUntil = started.plus(lease);
        Set<Long> held = new HashSet<>();
        claimed.forEach(e -> held.add(e.id()));
        int sent = 0;
        int retried = 0;
        int dead = 0;
        int released = 0;
        boolean stop = false;
        for (int i = 0; i < claimed.size(); i++) {
            Entry e = claimed.get(i);
            Instant now = clock.instant();
            if (stop || !now.isBefore(passEnds)) {
                // the mail server failed, or the pass used its time: what is left waits for the next pass
                if (held.contains(e.id())) {
                    outbox.release(e.id(), claimant);
                }
                released++;
                continue;
            }
            if (!now.plus(lease.dividedBy(2)).isBefore(leaseUntil)) {
                // less than half the lease left: keep the rows still to do for a whole lease
                List<Long> rest = new ArrayList<>();
                for (Entry r : claimed.subList(i, claimed.size())) {
                    if (held.contains(r.id())) {
                        rest.add(r.id());
                    }
                }
                held.retainAll(outbox.renew(rest, claimant, now.plus(lease)));
                leaseUntil = now.plus(lease);
            }
            if (!held.contains(e.id())) {
                // its lease ran out and another instance claimed it: that one sends it
                released++;
                continue;
            }
            if (e.expiresAt() != null && !now.isBefore(e.expiresAt())) {
                outbox.markDead(e.id(), claimant, e.attempts(), now, "expired before it could be sent");
                log.dead(e, e.attempts(), "expired before it could be sent");
                count(e.type(), 0, 0, 0, 1);
                dead++;
                continue;
            }
            Optional<Person> recipient = e.type().isOptional() ? people.findByEmail(e.recipient()) : Optional.empty();
            if (recipient.isPresent() && people.switchedOff(recipient.get().id()).contains(e.type())) {
                // R18: decided now, not when the row was queued, so a type switched off since is not sent
                outbox.markSkipped(e.id(), claimant, now);
                continue;
            }
            String unsubscribe = recipient.map(p -> new UnsubscribeToken(p.id(), e.type())
                    .sign(keys.key(UnsubscribeToken.PURPOSE))).orElse(null);
            Result result;
            String why;
            try {
                result = sender.send(new NotificationSender.Outgoing(messageId(e), e.content(), unsubscribe));
                why = result instanceof Result.Sent ? null : DeliveryLog.reply(reason(result));
            } catch (RuntimeException failure) {
                result = new Result.TemporaryFailure(String.valueOf(failure.getMessage()));
                why = DeliveryLog.exception(failure);
            }
            Instant done = clock.instant();
            int attempts = e.attempts() + 1;
            if (result instanceof Result.Sent) {
                outbox.markSent(e.id(), claimant, done, e.content().withoutSecret());
                count(e.type(), 1, 1, 0, 0);
                sent++;
            } else if (result instanceof Result.TemporaryFailure t
                    && RetrySchedule.delayAfter(attempts).isPresent()) {
                Instant next = done.plus(RetrySchedule.delayAfter(attempts).get());
                outbox.retryAt(e.id(), claimant, attempts, next, t.reason());
                log.failed(e, attempts, next, why);
                count(e.type(), 1, 0, 1, 0);
                retried++;
                stop = true;
            } else {
                outbox.markDead(e.id(), claimant, attempts, done, reason(result));
                log.failed(e, attempts, null, why);
                log.dead(e, attempts, why);
                count(e.type(), 1, 0, 0, 1);
                dead++;
                stop = result instanceof Result.TemporaryFailure;
            }
        }
        return new Report(claimed.size(), sent, retried, dead, released);
    }

    private static String reason(Result r) {
        if (r instanceof Result.TemporaryFailure t) {
            return t.reason();
        }
        return ((Result.PermanentFailure) r).reason();
    }

    private void count(NotificationType type, int attempted, int sent, int retried, int dead) {
        synchronized (tally) {
            long[] c = tally.computeIfAbsent(type, t -> new long[4]);
            c[0] += attempted;
            c[1] += sent;
            c[2] += retried;
            c[3] += dead;
        }
    }

    @Override
    public Map<String, Tally> tally() {
        Map<String, Tally> out = new TreeMap<>();
        synchronized (tally) {
            tally.forEach((type, c) -> out.put(type.name(), new Tally(c[0], c[1], c[2], c[3])));
        }
        return Collections.unmodifiableMap(out);
    }

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
