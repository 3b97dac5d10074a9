package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.port.out.SignInRequests;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/**
 * Sign-in links asked for. Taking reads the oldest rows' ids, locks those rows ({@code SELECT ... FOR
 * UPDATE}, on the unit of work's own connection) and deletes them in the same unit, so a unit that
 * fails leaves them and two instances never take one request twice: the second waits for the first's
 * locks, then finds the rows gone.
 */
final class JpaSignInRequests implements SignInRequests {
    private final Jpa jpa;

    JpaSignInRequests(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void add(Request request) {
        SignInRequestEntity e = new SignInRequestEntity();
        e.id = request.id().toString();
        e.email = request.email().value();
        e.requestedAt = Times.utc(request.requestedAt());
        jpa.change(em -> em.persist(e));
    }

    @Override
    public List<Request> take(int limit) {
        return jpa.write(em -> {
            List<String> ids = em.createQuery("SELECT r.id FROM SignInRequestEntity r ORDER BY r.requestedAt, r.id",
                    String.class).setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            List<SignInRequestEntity> oldest = em.createQuery("SELECT r FROM SignInRequestEntity r WHERE r.id IN :ids"
                            + " ORDER BY r.requestedAt, r.id", SignInRequestEntity.class)
                    .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            oldest.forEach(em::remove);
            em.flush();
            return oldest.stream().map(e -> new Request(UUID.fromString(e.id), new EmailAddress(e.email),
                    Times.instant(e.requestedAt))).toList();
        });
    }

    @Override
    public int deleteFor(EmailAddress email) {
        return jpa.write(em -> em.createQuery("DELETE FROM SignInRequestEntity r WHERE r.email = :e")
                .setParameter("e", email.value()).executeUpdate());
    }
}
