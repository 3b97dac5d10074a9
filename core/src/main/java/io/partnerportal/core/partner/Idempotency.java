package io.partnerportal.core.partner;

import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.IdempotencyStore;
import io.partnerportal.core.port.out.UnitOfWork;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a partner command under an {@code Idempotency-Key} (SPEC §4): the command and the record
 * of its response commit in one unit of work; the same key and request replay the response; the
 * same key with another request is refused ({@code IDEMPOTENCY_KEY_REUSED}); while the first is
 * still running, {@code IDEMPOTENCY_REQUEST_IN_PROGRESS}. A command that fails records nothing:
 * the key can be used again.
 */
public interface Idempotency {
    /** How long a record is kept, so the same key replays: 48 hours (SPEC §4 asks for at least 24). */
    Duration KEPT = Duration.ofHours(48);

    /**
     * Runs partner commands under their keys; {@link io.partnerportal.core.Core} wires it.
     *
     * @param store      the records
     * @param tx         units of work and the clock
     * @param unitOfWork units that record the key alone, before and after the command
     * @return the port
     */
    static Idempotency create(IdempotencyStore store, Transactions tx, UnitOfWork unitOfWork) {
        return new IdempotencyService(store, tx, unitOfWork);
    }

    /**
     * Runs {@code command} once per key, or replays the response recorded for it.
     *
     * @param call    whose key, the key and the request's fingerprint
     * @param command the command, answering the response to record
     * @return the response, and whether it is a replay
     * @throws io.partnerportal.core.domain.error.ValidationException a key not 1 to 255 visible ASCII characters
     * @throws io.partnerportal.core.domain.error.ConflictException   a key busy, or used for another request
     */
    Outcome run(Call call, Supplier<Response> command);

    /**
     * {@code scope} is whose keys these are - a partner's, or a support key's - so one caller's key
     * never meets another's; {@code requestHash} fingerprints the request (method, path, body).
     *
     * @param scope       whose keys these are
     * @param key         the {@code Idempotency-Key} as sent
     * @param requestHash the request's fingerprint
     */
    record Call(String scope, String key, String requestHash) {
        /**
         * Checks that the scope and the fingerprint are present; a missing key is refused when run.
         *
         * @param scope       whose keys these are
         * @param key         the {@code Idempotency-Key} as sent
         * @param requestHash the request's fingerprint
         */
        public Call {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(requestHash, "requestHash");
        }

        /**
         * A partner's key (SPEC §4: keys are scoped per partner).
         *
         * @param partner     the partner
         * @param key         the {@code Idempotency-Key} as sent
         * @param requestHash the request's fingerprint
         */
        public Call(PartnerId partner, String key, String requestHash) {
            this(scopeOf(partner), key, requestHash);
        }

        /**
         * A vendor support key's own key.
         *
         * @param supportKeyId the support key acting
         * @param key          the {@code Idempotency-Key} as sent
         * @param requestHash  the request's fingerprint
         * @return the call
         */
        public static Call forSupport(String supportKeyId, String key, String requestHash) {
            return new Call(supportScopeOf(supportKeyId), key, requestHash);
        }

        /**
         * The scope of a partner's keys.
         *
         * @param partner the partner
         * @return {@code partner:<id>}
         */
        public static String scopeOf(PartnerId partner) {
            return "partner:" + partner;
        }

        /**
         * The scope of a support key's keys.
         *
         * @param supportKeyId the support key
         * @return {@code support:<id>}
         */
        public static String supportScopeOf(String supportKeyId) {
            return "support:" + supportKeyId;
        }
    }

    /**
     * A response as the caller received it, so a replay is byte for byte the same.
     *
     * @param status its HTTP status
     * @param body   its body
     */
    record Response(int status, String body) {
    }

    /**
     * What running a command under a key gave.
     *
     * @param response the response
     * @param replayed whether it was recorded before and is replayed
     */
    record Outcome(Response response, boolean replayed) {
    }
}
