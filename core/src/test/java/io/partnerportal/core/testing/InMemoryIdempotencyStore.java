package io.partnerportal.core.testing;

import io.partnerportal.core.domain.PartnerId;
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

    private static List<Object> id(PartnerId partner, String key) {
        return List.of(partner, key);
    }

    @Override
    public Optional<IdempotencyRecord> find(PartnerId partner, String key) {
        return db.read(() -> Optional.ofNullable(db.tables.idempotency.get(id(partner, key))));
    }

    @Override
    public void start(IdempotencyRecord record) {
        db.write(() -> {
            if (db.tables.idempotency.putIfAbsent(id(record.partner(), record.key()), record) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "idempotency key exists");
            }
        });
    }

    @Override
    public boolean takeOver(PartnerId partner, String key, String requestHash, Instant now, Instant lockedUntil) {
        return db.write(() -> {
            IdempotencyRecord r = db.tables.idempotency.get(id(partner, key));
            if (r == null || r.state() != State.IN_PROGRESS || r.lockedUntil().isAfter(now)) {
                return false;
            }
            db.tables.idempotency.put(id(partner, key), new IdempotencyRecord(partner, key, requestHash,
                    State.IN_PROGRESS, null, null, r.createdAt(), lockedUntil));
            return true;
        });
    }

    @Override
    public void complete(PartnerId partner, String key, int status, String body) {
        db.write(() -> {
            IdempotencyRecord r = db.tables.idempotency.get(id(partner, key));
            if (r == null) {
                throw new IllegalStateException("no idempotency record to complete");
            }
            db.tables.idempotency.put(id(partner, key), new IdempotencyRecord(partner, key, r.requestHash(),
                    State.COMPLETED, status, body, r.createdAt(), null));
        });
    }

    @Override
    public void release(PartnerId partner, String key) {
        db.write(() -> db.tables.idempotency.computeIfPresent(id(partner, key),
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
