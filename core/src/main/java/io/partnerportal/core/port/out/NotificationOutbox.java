package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
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

    /** Where a row is in its life. */
    enum Status { /** Waiting to be sent. */ PENDING, /** Sent. */ SENT, /** Given up; shown to operators. */ DEAD,
        /** Not sent: its recipient switched its type off (R18). */ SKIPPED }

    /**
     * A row to append.
     * @param recipient whom it is sent to, the address its content names
     * @param content   the snapshot to render
     * @param createdAt when the change that triggers it happened
     * @param expiresAt after it the row is not sent (a sign-in link); null: never
     * @param traceParent the W3C {@code traceparent} of the request that caused it (O4); null: none
     * @param subject   the email's subject as its sender renders it, kept with the row for the person's
     *                  email log after its content is forgotten (S7, SPEC §6.3); null: not known
     */
    record NewNotification(EmailAddress recipient, NotificationContent content, Instant createdAt,
                           Instant expiresAt, String traceParent, String subject) {
        /**
         * Checks that the parts are present and that the row goes to the recipient its content names.
         * @param recipient whom it is sent to, the address its content names
         * @param content   the snapshot to render
         * @param createdAt when the change that triggers it happened
         * @param expiresAt after it the row is not sent (a sign-in link); null: never
         * @param traceParent the W3C {@code traceparent} of the request that caused it (O4); null: none
         * @param subject   the email's subject as its sender renders it; null: not known
         */
        public NewNotification {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(createdAt, "createdAt");
            if (!recipient.equals(content.recipient())) {
                throw new IllegalArgumentException("a row is addressed to the recipient its content names");
            }
        }

        /**
         * A row caused by no traced request.
         * @param recipient whom it is sent to, the address its content names
         * @param content   the snapshot to render
         * @param createdAt when the change that triggers it happened
         * @param expiresAt after it the row is not sent (a sign-in link); null: never
         */
        public NewNotification(EmailAddress recipient, NotificationContent content, Instant createdAt,
                               Instant expiresAt) {
            this(recipient, content, createdAt, expiresAt, null, null);
        }

        /**
         * A row whose subject is not known.
         * @param recipient whom it is sent to, the address its content names
         * @param content   the snapshot to render
         * @param createdAt when the change that triggers it happened
         * @param expiresAt after it the row is not sent (a sign-in link); null: never
         * @param traceParent the W3C {@code traceparent} of the request that caused it (O4); null: none
         */
        public NewNotification(EmailAddress recipient, NotificationContent content, Instant createdAt,
                               Instant expiresAt, String traceParent) {
            this(recipient, content, createdAt, expiresAt, traceParent, null);
        }

        /**
         * @param value the W3C {@code traceparent} of the request that caused the row; null: none
         * @return this row with it
         */
        public NewNotification withTraceParent(String value) {
            return new NewNotification(recipient, content, createdAt, expiresAt, value, subject);
        }

        /**
         * @param value the email's subject as its sender renders it; null: not known
         * @return this row with it
         */
        public NewNotification withSubject(String value) {
            return new NewNotification(recipient, content, createdAt, expiresAt, traceParent, value);
        }

        /**
         * Which email the row is.
         * @return its content's type
         */
        public NotificationType type() {
            return content.type();
        }
    }

    /**
     * A stored row.
     * @param id         its id, growing in the order rows are appended
     * @param type       which email
     * @param recipient  whom it is sent to
     * @param content    the snapshot to render; secrets erased once sent
     * @param createdAt  when it was appended
     * @param dueAt      when it may be tried next
     * @param attempts   the attempts made so far
     * @param status     pending, sent or dead
     * @param claimedBy  who holds it, or null
     * @param leaseUntil until when they hold it, or null
     * @param expiresAt  after it the row is not sent; null: never
     * @param finishedAt when it was sent or given up, or null
     * @param lastError  why the last attempt failed, or null
     * @param traceParent the W3C {@code traceparent} of the request that caused it (O4), or null
     * @param subject    the email's subject as appended, kept when its content is forgotten (S7); null: not known
     */
    record Entry(long id, NotificationType type, EmailAddress recipient, NotificationContent content,
                 Instant createdAt, Instant dueAt, int attempts, Status status, String claimedBy,
                 Instant leaseUntil, Instant expiresAt, Instant finishedAt, String lastError, String traceParent,
                 String subject) {
        /**
         * A row whose subject is not known.
         * @param id         its id
         * @param type       which email
         * @param recipient  whom it is sent to
         * @param content    the snapshot to render
         * @param createdAt  when it was appended
         * @param dueAt      when it may be tried next
         * @param attempts   the attempts made so far
         * @param status     where it is in its life
         * @param claimedBy  who holds it, or null
         * @param leaseUntil until when they hold it, or null
         * @param expiresAt  after it the row is not sent; null: never
         * @param finishedAt when it finished, or null
         * @param lastError  why the last attempt failed, or null
         * @param traceParent the W3C {@code traceparent} of the request that caused it (O4), or null
         */
        public Entry(long id, NotificationType type, EmailAddress recipient, NotificationContent content,
                     Instant createdAt, Instant dueAt, int attempts, Status status, String claimedBy,
                     Instant leaseUntil, Instant expiresAt, Instant finishedAt, String lastError, String traceParent) {
            this(id, type, recipient, content, createdAt, dueAt, attempts, status, claimedBy, leaseUntil, expiresAt,
                    finishedAt, lastError, traceParent, null);
        }

        /**
         * A row caused by no traced request.
         * @param id         its id
         * @param type       which email
         * @param recipient  whom it is sent to
         * @param content    the snapshot to render
         * @param createdAt  when it was appended
         * @param dueAt      when it may be tried next
         * @param attempts   the attempts made so far
         * @param status     where it is in its life
         * @param claimedBy  who holds it, or null
         * @param leaseUntil until when they hold it, or null
         * @param expiresAt  after it the row is not sent; null: never
         * @param finishedAt when it finished, or null
         * @param lastError  why the last attempt failed, or null
         */
        public Entry(long id, NotificationType type, EmailAddress recipient, NotificationContent content,
                     Instant createdAt, Instant dueAt, int attempts, Status status, String claimedBy,
                     Instant leaseUntil, Instant expiresAt, Instant finishedAt, String lastError) {
            this(id, type, recipient, content, createdAt, dueAt, attempts, status, claimedBy, leaseUntil, expiresAt,
                    finishedAt, lastError, null, null);
        }
    }

    /**
     * How many rows wait to be sent, how many gave up, and when the oldest row still waiting was
     * appended.
     * @param pending                rows still to send
     * @param dead                   rows given up
     * @param oldestPendingCreatedAt when the oldest row still waiting was appended; null when none waits
     */
    record Counts(long pending, long dead, Instant oldestPendingCreatedAt) {
        /**
         * Counts with no age to tell.
         * @param pending rows still to send
         * @param dead    rows given up
         */
        public Counts(long pending, long dead) {
            this(pending, dead, null);
        }
    }

    /**
     * Appends rows in the unit of work of the change that triggers them.
     * @param rows the new rows, in order
     */
    void append(List<NewNotification> rows);

    /**
     * Claims at most {@code limit} due rows for {@code claimant} until {@code now + lease}, oldest first.
     * @param now      the clock's instant
     * @param lease    how long the claim holds
     * @param claimant who claims, e.g. an instance's id
     * @param limit    the most rows to claim
     * @return the rows claimed
     */
    List<Entry> claim(Instant now, Duration lease, String claimant, int limit);

    /**
     * The outbox's two lanes (SPEC §7.2 V2): sign-in links, which wait behind nothing, and the other
     * emails, in order per recipient.
     */
    enum Lane {
        /** {@code SIGN_IN_LINK} rows, oldest first, whatever else waits for their recipient. */
        LINKS,
        /** Every other type, each the oldest unfinished row of its recipient among those types. */
        MAIL
    }

    /**
     * Claims at most {@code limit} due rows of one lane for {@code claimant} until {@code now + lease},
     * oldest first: in {@link Lane#LINKS} every due link, in {@link Lane#MAIL} each the oldest unfinished
     * row of its recipient leaving links aside. An outbox without lanes claims everything in
     * {@code MAIL}, links included in their recipient's order, and nothing in {@code LINKS}.
     *
     * @param lane     which lane
     * @param now      the clock's instant
     * @param lease    how long the claim holds
     * @param claimant who claims, e.g. an instance's id
     * @param limit    the most rows to claim
     * @return the rows claimed, oldest first
     */
    default List<Entry> claim(Lane lane, Instant now, Duration lease, String claimant, int limit) {
        return lane == Lane.MAIL ? claim(now, lease, claimant, limit) : List.of();
    }

    /**
     * The row was sent; its snapshot is replaced by {@code content} (secrets erased).
     * @param id       the row
     * @param claimant who claimed it
     * @param at       when it was sent
     * @param content  the snapshot to keep
     * @return whether the caller still held the lease, and so the row changed
     */
    boolean markSent(long id, String claimant, Instant at, NotificationContent content);

    /**
     * A row sent, as {@link #markSent} takes it.
     *
     * @param id      the row
     * @param at      when it was sent
     * @param content the snapshot to keep
     */
    record Sent(long id, Instant at, NotificationContent content) {
        /**
         * @param id      the row
         * @param at      when it was sent
         * @param content the snapshot to keep
         * @throws NullPointerException when at or content is missing
         */
        public Sent {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Marks several rows sent, each as {@link #markSent} would, in one write where the store can (SPEC §7.2 V1:
     * one transaction for many emails); by default one {@link #markSent} each.
     *
     * @param rows     the rows sent, in the order they were sent
     * @param claimant who claimed them
     * @return the rows the caller still held, and so changed
     */
    default Set<Long> markAllSent(List<Sent> rows, String claimant) {
        Set<Long> changed = new HashSet<>();
        for (Sent r : rows) {
            if (markSent(r.id(), claimant, r.at(), r.content())) {
                changed.add(r.id());
            }
        }
        return changed;
    }

    /**
     * R18: not sent, its recipient switched its type off; it no longer holds back their later rows.
     * @param id       the row
     * @param claimant who claimed it
     * @param at       when it was skipped
     * @return whether the caller still held the lease, and so the row changed
     */
    boolean markSkipped(long id, String claimant, Instant at);

    /**
     * The attempt failed; try again at {@code dueAt}.
     *
     * @param id       the row
     * @param claimant who claimed it
     * @param attempts the attempts made so far, this one included
     * @param dueAt    when to try again
     * @param error    why it failed
     * @return whether the caller still held the lease, and so the row changed
     */
    boolean retryAt(long id, String claimant, int attempts, Instant dueAt, String error);

    /**
     * Extends the lease of those of {@code ids} that {@code claimant} still holds (pending and
     * claimed by it, even if the lease ran out while nobody else claimed them) until {@code until}.
     * A row missing from the answer is no longer the claimant's to send.
     *
     * @param ids      the rows
     * @param claimant who claimed them
     * @param until    the new end of the lease
     * @return the ids renewed
     */
    Set<Long> renew(Collection<Long> ids, String claimant, Instant until);

    /**
     * Gives a claimed row back untouched (not attempted): it is claimable again at once.
     *
     * @param id       the row
     * @param claimant who claimed it
     * @return whether the caller still held the lease, and so the row changed
     */
    boolean release(long id, String claimant);

    /**
     * No more attempts: the row is dead and shown to operators.
     *
     * @param id       the row
     * @param claimant who claimed it
     * @param attempts the attempts made, this one included
     * @param at       when it was given up
     * @param error    why
     * @return whether the caller still held the lease, and so the row changed
     */
    boolean markDead(long id, String claimant, int attempts, Instant at, String error);

    /** @return how many rows are pending and dead (metrics, operators) */
    Counts counts();

    /**
     * @param ids the rows wanted
     * @return the rows of these ids that exist, oldest first
     */
    List<Entry> find(Collection<Long> ids);

    /**
     * Makes dead rows pending again, due at {@code dueAt}, with no attempts counted (a fresh run of
     * the retry schedule): all of {@code ids}, or none when any of them is not a dead row.
     *
     * @param ids   the dead rows
     * @param dueAt when they are due
     * @return whether they were requeued (false: nothing changed)
     */
    boolean requeue(Collection<Long> ids, Instant dueAt);

    /**
     * @param dueAt when they are due
     * @return how many dead rows were made pending again, as {@link #requeue} does
     */
    int requeueAllDead(Instant dueAt);

    /**
     * @param limit the most rows to return
     * @return the most recently dead rows, newest first
     */
    List<Entry> dead(int limit);

    /**
     * @param recipient the address
     * @return every row of one recipient, oldest first (operators' view and tests)
     */
    List<Entry> forRecipient(EmailAddress recipient);

    /**
     * @param recipient the address
     * @param beforeId  the last id of the previous page, or null for the first
     * @param limit     the most rows
     * @return one page of the recipient's rows, newest first (their email log)
     */
    List<Entry> pageForRecipient(EmailAddress recipient, Long beforeId, int limit);

    /**
     * Deletes a recipient's rows not sent: pending (claimed or not) and dead (SPEC §6.5: their
     * queued emails go when they are erased). A row a delivery pass holds may still be sent once.
     *
     * @param recipient the address
     * @return how many were deleted
     */
    int deleteUnsent(EmailAddress recipient);

    /**
     * Readdresses every row of a recipient, the snapshot each holds, and the reply recorded with it
     * (a mail server's reply often quotes the recipient: S8), to a pseudonym (SPEC §6.5): no row keeps
     * the address, in any case.
     *
     * @param from the address erased
     * @param to   the pseudonym
     * @param name the name the snapshots show instead
     * @return how many rows changed
     */
    int readdress(EmailAddress from, EmailAddress to, String name);

    /**
     * S8: the request emails ({@code PARTNER_REQUEST}, {@code REQUEST_RESOLVED}) of every recipient, sent or not,
     * no longer name a person erased: each snapshot becomes
     * {@link NotificationContent#forgettingInRequest(EmailAddress, EmailAddress)} of it - a request they asked names
     * the pseudonym and loses what they wrote; another asker's message and the partner's note name the pseudonym
     * wherever they named the address, in any case. The recipient of a row stays (their own rows are
     * {@link #readdress}'s). In the unit of work of the erasure; it reads the request emails naming the address,
     * through the rows' type.
     *
     * <p>By default nothing changes: a store that keeps request emails overrides it.
     *
     * @param address   the address erased
     * @param pseudonym the address that replaces it
     * @return how many rows changed
     */
    default int forgetInRequests(EmailAddress address, EmailAddress pseudonym) {
        return 0;
    }

    /**
     * S7: sent and skipped rows finished before {@code cutoff} lose their content: it becomes
     * {@link NotificationContent#forgotten()}, and the row stays for the person's email log, its
     * subject kept. At most
     * {@code limit} rows, oldest first, through an index; a row forgotten once is not read again.
     *
     * @param cutoff rows finished before it are forgotten
     * @param limit  the most rows this call forgets
     * @return how many rows were forgotten; fewer than {@code limit} when none is left
     */
    default int forgetContentFinishedBefore(Instant cutoff, int limit) {
        return 0;
    }

    /**
     * S7: deletes sent and skipped rows finished before {@code cutoff}, at most {@code limit}, oldest
     * first, through an index.
     *
     * @param cutoff rows finished before it are deleted
     * @param limit  the most rows this call deletes
     * @return how many rows were deleted; fewer than {@code limit} when none is left
     */
    default int deleteFinishedBefore(Instant cutoff, int limit) {
        return 0;
    }

    /**
     * @param error a recorded reply, or null
     * @param from  the address erased
     * @param to    the pseudonym
     * @return the reply naming {@code to} wherever it named {@code from}, in any case
     */
    static String readdressed(String error, EmailAddress from, EmailAddress to) {
        return error == null ? null : java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(from.value()),
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(error)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(to.value()));
    }
}
