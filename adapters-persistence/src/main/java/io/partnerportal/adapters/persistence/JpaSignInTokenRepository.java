package io.partnerportal.adapters.persistence;

import java.util.List;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.port.out.SignInTokenRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

final class JpaSignInTokenRepository implements SignInTokenRepository {
    private final Jpa jpa;

    JpaSignInTokenRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void add(SignInToken token) {
        SignInTokenEntity e = new SignInTokenEntity();
        e.tokenHash = token.tokenHash();
        e.personId = token.person().toString();
        e.createdAt = Times.utc(token.createdAt());
        e.expiresAt = Times.utc(token.expiresAt());
        e.usedAt = Times.utc(token.usedAt());
        jpa.change(em -> em.persist(e));
    }

    @Override
    public Optional<SignInToken> find(String tokenHash) {
        return jpa.read(em -> Optional.ofNullable(em.find(SignInTokenEntity.class, tokenHash))
                .map(JpaSignInTokenRepository::toDomain));
    }

    private static SignInToken toDomain(SignInTokenEntity e) {
        return new SignInToken(e.tokenHash, new PersonId(UUID.fromString(e.personId)), Times.instant(e.createdAt),
                Times.instant(e.expiresAt), Times.instant(e.usedAt));
    }

    /** One conditional UPDATE: the database lets exactly one caller change an unused token. */
    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return jpa.write(em -> em.createQuery("UPDATE SignInTokenEntity t SET t.usedAt = :at"
                        + " WHERE t.tokenHash = :h AND t.usedAt IS NULL")
                .setParameter("at", Times.utc(at)).setParameter("h", tokenHash).executeUpdate() == 1);
    }

    @Override
    public int countIssuedSince(PersonId person, Instant since) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(t) FROM SignInTokenEntity t WHERE t.personId = :p"
                        + " AND t.createdAt >= :since", Long.class)
                .setParameter("p", person.toString()).setParameter("since", Times.utc(since)).getSingleResult().intValue());
    }

    @Override
    public int deleteExpired(Instant now) {
        return jpa.write(em -> em.createQuery("DELETE FROM SignInTokenEntity t WHERE t.expiresAt < :now")
                .setParameter("now", Times.utc(now)).executeUpdate());
    }

    @Override
    public List<SignInToken> forPerson(PersonId person) {
        return jpa.read(em -> em.createQuery("SELECT t FROM SignInTokenEntity t WHERE t.personId = :p"
                        + " ORDER BY t.createdAt, t.tokenHash", SignInTokenEntity.class)
                .setParameter("p", person.toString()).getResultList().stream()
                .map(JpaSignInTokenRepository::toDomain).toList());
    }

    @Override
    public int deleteForPerson(PersonId person) {
        return jpa.write(em -> em.createQuery("DELETE FROM SignInTokenEntity t WHERE t.personId = :p")
                .setParameter("p", person.toString()).executeUpdate());
    }
}
