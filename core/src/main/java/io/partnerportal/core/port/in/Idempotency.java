package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.party.PartnerId;
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

    Outcome run(Call call, Supplier<Response> command);

    /**
     * {@code scope} is whose keys these are - a partner's, or a support key's - so one caller's key
     * never meets another's; {@code requestHash} fingerprints the request (method, path, body).
     */
    record Call(String scope, String key, String requestHash) {
        public Call {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(requestHash, "requestHash");
        }

        /** A partner's key (SPEC §4: keys are scoped per partner). */
        public Call(PartnerId partner, String key, String requestHash) {
            this(scopeOf(partner), key, requestHash);
        }

        /** A vendor support key's own key. */
        public static Call forSupport(String supportKeyId, String key, String requestHash) {
            return new Call(supportScopeOf(supportKeyId), key, requestHash);
        }

        public static String scopeOf(PartnerId partner) {
            return "partner:" + partner;
        }

        public static String supportScopeOf(String supportKeyId) {
            return "support:" + supportKeyId;
        }
    }

    /** A response as the caller received it, so a replay is byte for byte the same. */
    record Response(int status, String body) {
    }

    record Outcome(Response response, boolean replayed) {
    }
}
