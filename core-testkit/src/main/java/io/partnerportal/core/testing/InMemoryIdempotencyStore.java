package io.partnerportal.core.testing;

import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class InMemoryIdempotencyStore implements IdempotencyStore {
    private final InMemoryDatabase db;

    InMemoryIdempotencyStore(InMemoryDatabase db) {
        this.db = db;
    }

    private static List<Object> id(String scope, String key) {
        return List.of(scope, key);
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return db.read(() -> Optional.ofNullable(db.tables.idempotency.get(id(scope, key))));
    }

    @Override
    public void start(IdempotencyRecord record) {
        db.write(() -> {
            if (db.tables.idempotency.putIfAbsent(id(record.scope(), record.key()), record) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "idempotency key exists");
            }
        });
    }

    @Override
    public boolean takeOver(String scope, String key, String requestHash, Instant now, Instant lockedUntil) {
        return db.write(() -> {
            IdempotencyRecord r = db.tables.idempotency.get(id(scope, key));
            if (r == null || r.state() != State.IN_PROGRESS || r.lockedUntil().isAfter(now)) {
                return false;
            }
            db.tables.idempotency.put(id(scope, key), new IdempotencyRecord(scope, key, requestHash,
                    State.IN_PROGRESS, null, null, r.createdAt(), lockedUntil));
            return true;
        });
    }

    @Override
    public void complete(String scope, String key, int status, String body) {
        db.write(() -> {
            IdempotencyRecord r = db.tables.idempotency.get(id(scope, key));
            if (r == null) {
                throw new IllegalStateException("no idempotency record to complete");
            }
            db.tables.idempotency.put(id(scope, key), new IdempotencyRecord(scope, key, r.requestHash(),
                    State.COMPLETED, status, body, r.createdAt(), null));
        });
    }

    @Override
    public void release(String scope, String key) {
        db.write(() -> db.tables.idempotency.computeIfPresent(id(scope, key),
                (k, r) -> r.state() == State.IN_PROGRESS ? null : r));
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        return db.write(() -> {
            int before = db.tables.idempotency.size();
            db.tables.idempotency.values().removeIf(r -> r.createdAt().isBefore(cutoff));
            return before - db.tables.idempotency.size();
        });
    }
}
