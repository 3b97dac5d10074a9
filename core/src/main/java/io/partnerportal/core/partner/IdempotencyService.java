package io.partnerportal.core.partner;

import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.port.out.IdempotencyStore.IdempotencyRecord;
import io.partnerportal.core.port.out.IdempotencyStore.State;
import io.partnerportal.core.port.out.IdempotencyStore;
import io.partnerportal.core.port.out.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Idempotency keys (SPEC §4). The key is taken in a unit of its own (so a concurrent request
 * sees it busy), then the command and the record of its response commit in one unit, so a crash
 * can never apply a command without its record. A key whose request crashed before committing is
 * free again once its lock runs out ({@link #LOCK}); records are kept {@link Idempotency#KEPT}.
 */
final class IdempotencyService implements Idempotency {
    static final String FIELD = "Idempotency-Key";
    static final Duration LOCK = Duration.ofMinutes(1);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final Transactions tx;
    private final UnitOfWork unitOfWork;

    IdempotencyService(IdempotencyStore store, Transactions tx, UnitOfWork unitOfWork) {
        this.store = store;
        this.tx = tx;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Outcome run(Call call, Supplier<Response> command) {
        if (call.key() == null || !KEY.matcher(call.key()).matches()) {
            throw ValidationException.of(FIELD, FieldErrorCode.MALFORMED, "must be 1 to 255 visible ASCII characters");
        }
        Optional<Response> replay = acquire(call);
        if (replay.isPresent()) {
            return new Outcome(replay.get(), true);
        }
        try {
            Response response = runOnce(call, command);
            return new Outcome(response, false);
        } catch (RuntimeException e) {
            try {
                unitOfWork.run(() -> store.release(call.scope(), call.key()));
            } catch (RuntimeException releaseFailed) {
                // the store is down too: the key frees itself when its lock runs out
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
    }

    /** The command and its record in one unit, run once more after a lost race (see {@link Transactions}). */
    private Response runOnce(Call call, Supplier<Response> command) {
        return tx.write(() -> {
            Response r = command.get();
            store.complete(call.scope(), call.key(), r.status(), r.body());
            return r;
        });
    }

    /** Takes the key for this request, or answers a replay; refuses a busy or reused key. */
    private Optional<Response> acquire(Call call) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = tx.now();
            Optional<IdempotencyRecord> existing = store.find(call.scope(), call.key());
            if (existing.isEmpty()) {
                try {
                    unitOfWork.run(() -> store.start(new IdempotencyRecord(call.scope(), call.key(),
                            call.requestHash(), State.IN_PROGRESS, null, null, now, now.plus(LOCK))));
                    return Optional.empty();
                } catch (ConflictException e) {
                    continue;
                }
            }
            IdempotencyRecord r = existing.get();
            if (!r.requestHash().equals(call.requestHash())) {
                throw ConflictException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED);
            }
            if (r.state() == State.COMPLETED) {
                return Optional.of(new Response(r.responseStatus(), r.responseBody()));
            }
            if (r.lockedUntil().isAfter(now)) {
                throw ConflictException.of(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS);
            }
            boolean mine = unitOfWork.inTransaction(() -> store.takeOver(call.scope(), call.key(),
                    call.requestHash(), now, now.plus(LOCK)));
            if (mine) {
                return Optional.empty();
            }
        }
        throw ConflictException.of(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS);
    }
}
