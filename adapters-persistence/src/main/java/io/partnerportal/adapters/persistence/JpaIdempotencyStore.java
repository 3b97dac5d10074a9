package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.IdempotencyStore;
import java.time.Instant;
import java.util.Optional;

final class JpaIdempotencyStore implements IdempotencyStore {
    private final Jpa jpa;

    JpaIdempotencyStore(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return jpa.read(em -> Optional.ofNullable(em.find(IdempotencyEntity.class,
                new IdempotencyEntity.Key(scope, key))).map(JpaIdempotencyStore::toDomain));
    }

    private static IdempotencyRecord toDomain(IdempotencyEntity e) {
        return new IdempotencyRecord(e.scope, e.key, e.requestHash,
                State.valueOf(e.state), e.responseStatus, e.responseBody, Times.instant(e.createdAt), Times.instant(e.lockedUntil));
    }

    @Override
    public void start(IdempotencyRecord record) {
        IdempotencyEntity e = new IdempotencyEntity();
        e.scope = record.scope();
        e.key = record.key();
        e.requestHash = record.requestHash();
        e.state = record.state().name();
        e.responseStatus = record.responseStatus();
        e.responseBody = record.responseBody();
        e.createdAt = Times.utc(record.createdAt());
        e.lockedUntil = Times.utc(record.lockedUntil());
        jpa.change(em -> {
            em.persist(e);
            em.flush();
        });
    }

    @Override
    public boolean takeOver(String scope, String key, String requestHash, Instant now, Instant lockedUntil) {
        return jpa.write(em -> em.createQuery("UPDATE IdempotencyEntity r SET r.lockedUntil = :until,"
                        + " r.requestHash = :hash WHERE r.scope = :p AND r.key = :k AND r.state = 'IN_PROGRESS'"
                        + " AND r.lockedUntil <= :now")
                .setParameter("until", Times.utc(lockedUntil)).setParameter("hash", requestHash)
                .setParameter("p", scope).setParameter("k", key).setParameter("now", Times.utc(now))
                .executeUpdate() == 1);
    }

    @Override
    public void complete(String scope, String key, int status, String body) {
        int changed = jpa.write(em -> em.createQuery("UPDATE IdempotencyEntity r SET r.state = 'COMPLETED',"
                        + " r.responseStatus = :status, r.responseBody = :body, r.lockedUntil = NULL"
                        + " WHERE r.scope = :p AND r.key = :k")
                .setParameter("status", status).setParameter("body", body)
                .setParameter("p", scope).setParameter("k", key).executeUpdate());
        if (changed != 1) {
            throw new IllegalStateException("no idempotency record to complete");
        }
    }

    @Override
    public void release(String scope, String key) {
        jpa.change(em -> em.createQuery("DELETE FROM IdempotencyEntity r WHERE r.scope = :p AND r.key = :k"
                        + " AND r.state = 'IN_PROGRESS'")
                .setParameter("p", scope).setParameter("k", key).executeUpdate());
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        return jpa.write(em -> em.createQuery("DELETE FROM IdempotencyEntity r WHERE r.createdAt < :cutoff")
                .setParameter("cutoff", Times.utc(cutoff)).executeUpdate());
    }
}
