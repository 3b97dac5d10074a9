package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The transactional outbox (SPEC §4): rows appended in the unit of work of the change that
 * triggers them, one per (event, recipient), each holding the snapshot to render. Rows are
 * ordered by id, which grows in the order rows are appended.
 *
 * <p>{@link #claim} hands a caller due rows under a lease, never a row another caller holds
 * under a live lease, and only a recipient's oldest unfinished row (every older row of that
 * recipient is SENT or DEAD), so WELCOME stays first. The {@code mark*} and {@link #retryAt}
 * calls take effect only while the caller still holds the lease and report whether they did.
 * A claimant keeps the rows it is still working on with {@link #renew}; the rows of a claimant
 * that stopped renewing (a killed instance) are claimable again once their lease runs out.
 */
public interface NotificationOutbox {

    enum Status { PENDING, SENT, DEAD }

    /** A row to append. {@code expiresAt}: after it the row is not sent (a sign-in link), null: never. */
    record NewNotification(EmailAddress recipient, NotificationContent content, Instant createdAt,
                           Instant expiresAt) {
        public NewNotification {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(createdAt, "createdAt");
            if (!recipient.equals(content.recipient())) {
                throw new IllegalArgumentException("a row is addressed to the recipient its content names");
            }
        }

        public NotificationType type() {
            return content.type();
        }
    }

    /** A stored row. */
    record Entry(long id, NotificationType type, EmailAddress recipient, NotificationContent content,
                 Instant createdAt, Instant dueAt, int attempts, Status status, String claimedBy,
                 Instant leaseUntil, Instant expiresAt, Instant finishedAt, String lastError) {
    }

    /**
     * How many rows wait to be sent, how many gave up, and when the oldest row still waiting was
     * appended (null when none waits).
     */
    record Counts(long pending, long dead, Instant oldestPendingCreatedAt) {
        public Counts(long pending, long dead) {
            this(pending, dead, null);
        }
    }

    void append(List<NewNotification> rows);

    /** Claims at most {@code limit} due rows for {@code claimant} until {@code now + lease}, oldest first. */
    List<Entry> claim(Instant now, Duration lease, String claimant, int limit);

    /** The row was sent; its snapshot is replaced by {@code content} (secrets erased). */
    boolean markSent(long id, String claimant, Instant at, NotificationContent content);

    /** The attempt failed; try again at {@code dueAt}. */
    boolean retryAt(long id, String claimant, int attempts, Instant dueAt, String error);

    /**
     * Extends the lease of those of {@code ids} that {@code claimant} still holds (pending and
     * claimed by it, even if the lease ran out while nobody else claimed them) until {@code until};
     * returns their ids. A row missing from the answer is no longer the claimant's to send.
     */
    Set<Long> renew(Collection<Long> ids, String claimant, Instant until);

    /** Gives a claimed row back untouched (not attempted): it is claimable again at once. */
    boolean release(long id, String claimant);

    /** No more attempts: the row is dead and shown to operators. */
    boolean markDead(long id, String claimant, int attempts, Instant at, String error);

    Counts counts();

    /** The rows of these ids that exist, oldest first. */
    List<Entry> find(Collection<Long> ids);

    /**
     * Makes dead rows pending again, due at {@code dueAt}, with no attempts counted (a fresh run of
     * the retry schedule): all of {@code ids}, or none when any of them is not a dead row, in which
     * case the answer is false and nothing changed.
     */
    boolean requeue(Collection<Long> ids, Instant dueAt);

    /** Makes every dead row pending again as {@link #requeue} does; returns how many. */
    int requeueAllDead(Instant dueAt);

    /** The most recently dead rows, newest first. */
    List<Entry> dead(int limit);

    /** Every row of one recipient, oldest first (operators' view and tests). */
    List<Entry> forRecipient(EmailAddress recipient);
}
