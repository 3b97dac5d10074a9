package io.partnerportal.core.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency records (SPEC §4), one per scope (a partner, or a support key) and key. A record is started in its own unit of
 * work (so others see the key busy), then completed in the same unit of work as the command it
 * guards; a started record whose lock ran out belongs to a request that never finished.
 */
public interface IdempotencyStore {

    /**
     * The store of an installation that keeps no idempotency records; reads find nothing, and a write that would keep
     * something is refused. {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static IdempotencyStore none() {
        return NoStores.IDEMPOTENCY;
    }

    /** Whether the request first sent with a key is still running. */
    enum State { /** The first request is running. */ IN_PROGRESS, /** Its response is recorded. */ COMPLETED }

    /**
     * One key's record.
     *
     * @param scope          whose key it is: a partner, or a support key
     * @param key            the {@code Idempotency-Key} as sent
     * @param requestHash    the hash of the request it was first used with
     * @param state          running or done
     * @param responseStatus the recorded response's status; null while running
     * @param responseBody   the recorded response's body; null while running
     * @param createdAt      when the key was first used
     * @param lockedUntil    while running: until when the request holds the key
     */
    record IdempotencyRecord(String scope, String key, String requestHash, State state, Integer responseStatus,
                             String responseBody, Instant createdAt, Instant lockedUntil) {
        /**
         * Checks that the scope, key, request hash, state and creation time are present.
         *
         * @param scope          whose key it is: a partner, or a support key
         * @param key            the {@code Idempotency-Key} as sent
         * @param requestHash    the hash of the request it was first used with
         * @param state          running or done
         * @param responseStatus the recorded response's status; null while running
         * @param responseBody   the recorded response's body; null while running
         * @param createdAt      when the key was first used
         * @param lockedUntil    while running: until when the request holds the key
         */
        public IdempotencyRecord {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(requestHash, "requestHash");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * Finds a key's record.
     *
     * @param scope the partner, or the support key
     * @param key   the key as sent
     * @return the record; empty when the key is new
     */
    Optional<IdempotencyRecord> find(String scope, String key);

    /**
     * Inserts an IN_PROGRESS record; a record for the same scope and key fails with {@code DUPLICATE}.
     *
     * @param record the new record
     */
    void start(IdempotencyRecord record);

    /**
     * Takes over an IN_PROGRESS record whose lock ran out before {@code now}: true if this caller
     * got it (its lock is then {@code lockedUntil}), false if it is COMPLETED or still locked.
     *
     * @param scope       the partner, or the support key
     * @param key         the key as sent
     * @param requestHash the hash of this request
     * @param now         the clock's instant
     * @param lockedUntil the new lock's end
     * @return whether this caller holds the key now
     */
    boolean takeOver(String scope, String key, String requestHash, Instant now, Instant lockedUntil);

    /**
     * Stores the response; the record becomes COMPLETED.
     *
     * @param scope  the partner, or the support key
     * @param key    the key as sent
     * @param status the response's status
     * @param body   the response's body
     */
    void complete(String scope, String key, int status, String body);

    /**
     * Deletes an IN_PROGRESS record (the command failed and left nothing to replay).
     *
     * @param scope the partner, or the support key
     * @param key   the key as sent
     */
    void release(String scope, String key);

    /**
     * Deletes the records created before {@code cutoff}.
     *
     * @param cutoff the oldest creation time kept
     * @return how many were deleted
     */
    int purgeCreatedBefore(Instant cutoff);
}
