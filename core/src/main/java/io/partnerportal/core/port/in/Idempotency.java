package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.PartnerId;
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

    /** {@code requestHash} fingerprints the request (method, path, body). */
    record Call(PartnerId partner, String key, String requestHash) {
        public Call {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(requestHash, "requestHash");
        }
    }

    /** A response as the caller received it, so a replay is byte for byte the same. */
    record Response(int status, String body) {
    }

    record Outcome(Response response, boolean replayed) {
    }
}
