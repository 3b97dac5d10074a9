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

    enum State { IN_PROGRESS, COMPLETED }

    record IdempotencyRecord(String scope, String key, String requestHash, State state, Integer responseStatus,
                             String responseBody, Instant createdAt, Instant lockedUntil) {
        public IdempotencyRecord {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(requestHash, "requestHash");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    Optional<IdempotencyRecord> find(String scope, String key);

    /** Inserts an IN_PROGRESS record; a record for the same scope and key fails with {@code DUPLICATE}. */
    void start(IdempotencyRecord record);

    /**
     * Takes over an IN_PROGRESS record whose lock ran out before {@code now}: true if this caller
     * got it (its lock is then {@code lockedUntil}), false if it is COMPLETED or still locked.
     */
    boolean takeOver(String scope, String key, String requestHash, Instant now, Instant lockedUntil);

    /** Stores the response; the record becomes COMPLETED. */
    void complete(String scope, String key, int status, String body);

    /** Deletes an IN_PROGRESS record (the command failed and left nothing to replay). */
    void release(String scope, String key);

    /** Deletes the records created before {@code cutoff}; returns how many. */
    int purgeCreatedBefore(Instant cutoff);
}
