package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The partners' webhook endpoints and the outbox of their deliveries (R20). Deliveries are
 * appended in the unit of work of the change, one per (event, endpoint), and claimed like the
 * email outbox: under a lease, never one another claimant holds, and only an endpoint's oldest
 * pending delivery, so each endpoint receives its events in order. Outcomes apply only while the
 * claimant still holds the delivery.
 */
public interface WebhookStore {

    /**
     * The store of an installation that keeps no webhook endpoints, so nothing is ever delivered; reads find nothing, and a write that would keep
     * something is refused. {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static WebhookStore none() {
        return NoStores.WEBHOOKS;
    }

    /** Where a delivery is in its life. */
    enum Status { /** Waiting to be sent. */ PENDING, /** Answered 2xx. */ SENT, /** Given up. */ DEAD }

    /**
     * A delivery to append.
     *
     * @param endpoint  to which endpoint
     * @param partner   whose endpoint and event
     * @param eventId   which event
     * @param eventType the event's name
     * @param createdAt when the event happened
     * @param traceParent the W3C {@code traceparent} of the request that caused the event (O4); null: none
     */
    record NewDelivery(UUID endpoint, PartnerId partner, UUID eventId, String eventType, Instant createdAt,
                       String traceParent) {
        /**
         * Checks the parts.
         *
         * @param endpoint  to which endpoint
         * @param partner   whose endpoint and event
         * @param eventId   which event
         * @param eventType the event's name
         * @param createdAt when the event happened
         * @param traceParent the W3C {@code traceparent} of the request that caused the event; null: none
         */
        public NewDelivery {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(eventType, "eventType");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        /**
         * A delivery of an event no traced request caused.
         *
         * @param endpoint  to which endpoint
         * @param partner   whose endpoint and event
         * @param eventId   which event
         * @param eventType the event's name
         * @param createdAt when the event happened
         */
        public NewDelivery(UUID endpoint, PartnerId partner, UUID eventId, String eventType, Instant createdAt) {
            this(endpoint, partner, eventId, eventType, createdAt, null);
        }
    }

    /**
     * A stored delivery.
     *
     * @param id            its id, growing in the order deliveries are appended
     * @param endpoint      to which endpoint
     * @param partner       whose
     * @param eventId       which event
     * @param eventType     the event's name
     * @param createdAt     when it was appended
     * @param dueAt         when it may be tried next
     * @param attempts      the attempts made so far
     * @param status        pending, sent or dead
     * @param responseCode  the HTTP status of the last attempt, or null (no answer)
     * @param lastError     why the last attempt failed, or null
     * @param lastAttemptAt when it was last tried, or null
     * @param traceParent   the W3C {@code traceparent} of the request that caused the event (O4), or null
     */
    record Delivery(long id, UUID endpoint, PartnerId partner, UUID eventId, String eventType, Instant createdAt,
                    Instant dueAt, int attempts, Status status, Integer responseCode, String lastError,
                    Instant lastAttemptAt, String traceParent) {
        /**
         * A delivery of an event no traced request caused.
         *
         * @param id            its id
         * @param endpoint      to which endpoint
         * @param partner       whose
         * @param eventId       which event
         * @param eventType     the event's name
         * @param createdAt     when it was appended
         * @param dueAt         when it may be tried next
         * @param attempts      the attempts made so far
         * @param status        pending, sent or dead
         * @param responseCode  the HTTP status of the last attempt, or null
         * @param lastError     why the last attempt failed, or null
         * @param lastAttemptAt when it was last tried, or null
         */
        public Delivery(long id, UUID endpoint, PartnerId partner, UUID eventId, String eventType, Instant createdAt,
                        Instant dueAt, int attempts, Status status, Integer responseCode, String lastError,
                        Instant lastAttemptAt) {
            this(id, endpoint, partner, eventId, eventType, createdAt, dueAt, attempts, status, responseCode,
                    lastError, lastAttemptAt, null);
        }
    }

    /**
     * The outcome of one attempt.
     *
     * @param at           when it ended
     * @param responseCode the HTTP status, or null when nothing answered
     * @param error        why it failed, or null when it succeeded
     */
    record Attempt(Instant at, Integer responseCode, String error) {
    }

    /**
     * @param endpoint a new endpoint
     */
    void addEndpoint(WebhookEndpoint endpoint);

    /**
     * @param endpoint an endpoint with a rotated secret
     */
    void updateEndpoint(WebhookEndpoint endpoint);

    /**
     * @param id an endpoint's id
     * @return the endpoint, whoever's it is
     */
    Optional<WebhookEndpoint> endpoint(UUID id);

    /**
     * @param partner whose endpoints
     * @return its endpoints, oldest first
     */
    List<WebhookEndpoint> endpoints(PartnerId partner);

    /**
     * Deletes an endpoint and its deliveries.
     *
     * @param id the endpoint
     * @return whether it existed
     */
    boolean deleteEndpoint(UUID id);

    /**
     * Appends deliveries in the unit of work of the change.
     *
     * @param deliveries the deliveries, in order
     */
    void enqueue(List<NewDelivery> deliveries);

    /**
     * Claims at most {@code limit} due deliveries, each the oldest pending one of its endpoint.
     *
     * @param now      the clock's instant
     * @param lease    how long the claim holds
     * @param claimant who claims
     * @param limit    the most deliveries to claim
     * @return the deliveries claimed, oldest first
     */
    List<Delivery> claim(Instant now, Duration lease, String claimant, int limit);

    /**
     * Claims the due deliveries of at most {@code endpoints} endpoints, for each its oldest pending
     * delivery and up to {@code perEndpoint - 1} of the pending ones after it, in order (SPEC §7.2 V3:
     * one claim feeds an endpoint's run of deliveries; they are still sent one at a time). A store
     * without runs claims each endpoint's oldest only.
     *
     * @param now         the clock's instant
     * @param lease       how long the claim holds
     * @param claimant    who claims
     * @param endpoints   the most endpoints
     * @param perEndpoint the most deliveries of one endpoint, at least 1
     * @return the deliveries claimed, by endpoint in order of their oldest, each endpoint's oldest first
     */
    default List<Delivery> claimRuns(Instant now, Duration lease, String claimant, int endpoints, int perEndpoint) {
        return claim(now, lease, claimant, endpoints);
    }

    /**
     * Records an attempt: sent, to be retried at {@code retryAt}, or dead.
     *
     * @param id       the delivery
     * @param claimant who claimed it
     * @param attempt  what happened
     * @param status   SENT, PENDING (retry) or DEAD
     * @param retryAt  when to try again (PENDING), else null
     * @return whether the caller still held the delivery, and so it changed
     */
    boolean finish(long id, String claimant, Attempt attempt, Status status, Instant retryAt);

    /**
     * An attempt to record, as {@link #finish} takes it.
     *
     * @param id      the delivery
     * @param attempt what happened
     * @param status  SENT, PENDING (retry) or DEAD
     * @param retryAt when to try again (PENDING), else null
     */
    record Finish(long id, Attempt attempt, Status status, Instant retryAt) {
        /**
         * @param id      the delivery
         * @param attempt what happened
         * @param status  SENT, PENDING (retry) or DEAD
         * @param retryAt when to try again (PENDING), else null
         * @throws NullPointerException when attempt or status is missing
         */
        public Finish {
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Records several attempts, each as {@link #finish} would, in one write where the store can (SPEC §7.2 V3: a
     * run of deliveries to one endpoint is recorded in one transaction, not one each). By default one
     * {@link #finish} each.
     *
     * @param finishes the attempts, in the order they ended
     * @param claimant who claimed the deliveries
     * @return the deliveries the caller still held, and so changed
     */
    default Set<Long> finishAll(List<Finish> finishes, String claimant) {
        Set<Long> changed = new HashSet<>();
        for (Finish f : finishes) {
            if (finish(f.id(), claimant, f.attempt(), f.status(), f.retryAt())) {
                changed.add(f.id());
            }
        }
        return changed;
    }

    /**
     * Gives a claimed delivery back untried.
     *
     * @param id       the delivery
     * @param claimant who claimed it
     * @return whether the caller still held it
     */
    boolean release(long id, String claimant);

    /**
     * An endpoint's deliveries, newest first.
     *
     * @param endpoint the endpoint
     * @param limit    the most to return
     * @return the deliveries
     */
    List<Delivery> deliveries(UUID endpoint, int limit);

    /**
     * Makes a sent or dead delivery pending again, due at {@code dueAt}, with no attempts counted.
     *
     * @param endpoint the endpoint it belongs to
     * @param id       the delivery
     * @param dueAt    when it is due
     * @return the delivery as it is now, or empty when the endpoint has no such delivery
     */
    Optional<Delivery> retry(UUID endpoint, long id, Instant dueAt);

    /**
     * Deletes finished deliveries of events created before {@code before} (housekeeping).
     *
     * @param before the oldest instant kept
     * @return how many were deleted
     */
    int deleteFinishedBefore(Instant before);
}
