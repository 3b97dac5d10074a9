package io.partnerportal.core.service;

import io.partnerportal.core.domain.notification.RetrySchedule;
import io.partnerportal.core.port.in.NotificationDelivery;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationOutbox.Entry;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.NotificationSender.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One pass of the outbox's delivery loop (SPEC §4): claim due rows (the outbox keeps each
 * recipient's order), send each outside any unit of work, then record the outcome - sent, retry
 * after 1 min / 5 min / 30 min / 2 h / 12 h, or dead. A sign-in link that expired before it could
 * be sent is not sent. After a temporary failure (the server is likely down or slow), or once half
 * the lease is gone, the rest of the batch is given back unsent: a pass never outlives its lease,
 * so another instance never sends a row this one is still sending. Time comes from the clock, so
 * tests advance it instead of sleeping.
 */
final class NotificationDeliveryService implements NotificationDelivery {
    private final NotificationOutbox outbox;
    private final NotificationSender sender;
    private final Clock clock;
    private final String claimant;
    private final int batchSize;
    private final Duration lease;

    NotificationDeliveryService(NotificationOutbox outbox, NotificationSender sender, Clock clock, String claimant,
                                int batchSize, Duration lease) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.claimant = claimant;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** The Message-ID's local part, derived from the row alone so a resend is recognisable. */
    static String messageId(Entry e) {
        return "notification-" + e.id() + "-" + e.createdAt().toEpochMilli();
    }

    @Override
    public Report deliverDue() {
        List<Entry> claimed = outbox.claim(clock.instant(), lease, claimant, batchSize);
        int sent = 0;
        int retried = 0;
        int dead = 0;
        int released = 0;
        boolean stop = false;
        for (Entry e : claimed) {
            if (stop || !clock.instant().plus(lease.dividedBy(2)).isBefore(e.leaseUntil())) {
                // the mail server failed, or the lease is running out: what is left waits for the next
                // pass, so no row is ever sent by two instances at once
                outbox.release(e.id(), claimant);
                released++;
                continue;
            }
            if (e.expiresAt() != null && !clock.instant().isBefore(e.expiresAt())) {
                outbox.markDead(e.id(), claimant, e.attempts(), clock.instant(), "expired before it could be sent");
                dead++;
                continue;
            }
            Result result;
            try {
                result = sender.send(new NotificationSender.Outgoing(messageId(e), e.content()));
            } catch (RuntimeException failure) {
                result = new Result.TemporaryFailure(String.valueOf(failure.getMessage()));
            }
            Instant now = clock.instant();
            int attempts = e.attempts() + 1;
            if (result instanceof Result.Sent) {
                outbox.markSent(e.id(), claimant, now, e.content().withoutSecret());
                sent++;
            } else if (result instanceof Result.TemporaryFailure t
                    && RetrySchedule.delayAfter(attempts).isPresent()) {
                outbox.retryAt(e.id(), claimant, attempts, now.plus(RetrySchedule.delayAfter(attempts).get()),
                        t.reason());
                retried++;
                stop = true;
            } else {
                outbox.markDead(e.id(), claimant, attempts, now, reason(result));
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

    @Override
    public Status status() {
        NotificationOutbox.Counts c = outbox.counts();
        return new Status(c.pending(), c.dead());
    }

    @Override
    public List<DeadNotification> dead(int limit) {
        return outbox.dead(limit).stream().map(e -> new DeadNotification(e.id(), e.type().name(),
                e.recipient().value(), e.attempts(), e.finishedAt(), e.lastError())).toList();
    }
}
