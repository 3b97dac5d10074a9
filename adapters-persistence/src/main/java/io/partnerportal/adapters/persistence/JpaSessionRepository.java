package io.partnerportal.adapters.persistence;

import java.util.List;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.port.out.SessionRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

final class JpaSessionRepository implements SessionRepository {
    private final Jpa jpa;

    JpaSessionRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void add(Session session) {
        SessionEntity e = new SessionEntity();
        e.tokenHash = session.tokenHash();
        e.personId = session.person().toString();
        e.csrfToken = session.csrfToken();
        e.createdAt = Times.utc(session.createdAt());
        e.lastSeenAt = Times.utc(session.lastSeenAt());
        jpa.change(em -> em.persist(e));
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return jpa.read(em -> Optional.ofNullable(em.find(SessionEntity.class, tokenHash))
                .map(JpaSessionRepository::toDomain));
    }

    /** Every signed-in request asks this first: one plain SQL statement, outside any persistence context. */
    @Override
    public Optional<SignedIn> findWithPerson(String tokenHash) {
        return jpa.sql(c -> Sql.first(c, "SELECT s.token_hash, s.person_id, s.csrf_token,"
                + " s.created_at, s.last_seen_at, p.id, p.email, p.name, p.locale, p.told_of_site_migration,"
                + " p.created_at AS person_created_at, p.erased_at, p.version, p.time_zone FROM user_session s"
                + " JOIN person p ON p.id = s.person_id WHERE s.token_hash = ?", rs -> {
            SessionEntity session = new SessionEntity();
            session.tokenHash = rs.getString("token_hash");
            session.personId = rs.getString("person_id");
            session.csrfToken = rs.getString("csrf_token");
            session.createdAt = rs.getObject("created_at", java.time.OffsetDateTime.class);
            session.lastSeenAt = rs.getObject("last_seen_at", java.time.OffsetDateTime.class);
            PersonEntity person = new PersonEntity();
            person.id = rs.getString("id");
            person.email = rs.getString("email");
            person.name = rs.getString("name");
            person.locale = rs.getString("locale");
            person.toldOfSiteMigration = rs.getBoolean("told_of_site_migration");
            person.createdAt = rs.getObject("person_created_at", java.time.OffsetDateTime.class);
            person.erasedAt = rs.getObject("erased_at", java.time.OffsetDateTime.class);
            person.version = rs.getLong("version");
            person.timeZone = rs.getString("time_zone");
            return new SignedIn(toDomain(session), JpaPersonRepository.toDomain(person));
        }, tokenHash));
    }

    private static Session toDomain(SessionEntity e) {
        return new Session(e.tokenHash, new PersonId(UUID.fromString(e.personId)), e.csrfToken,
                Times.instant(e.createdAt), Times.instant(e.lastSeenAt));
    }

    @Override
    public void touch(String tokenHash, Instant at) {
        jpa.change(em -> em.createQuery("UPDATE SessionEntity s SET s.lastSeenAt = :at WHERE s.tokenHash = :h")
                .setParameter("at", Times.utc(at)).setParameter("h", tokenHash).executeUpdate());
    }

    @Override
    public void delete(String tokenHash) {
        jpa.change(em -> em.createQuery("DELETE FROM SessionEntity s WHERE s.tokenHash = :h")
                .setParameter("h", tokenHash).executeUpdate());
    }

    @Override
    public int deleteExpired(Instant now, SessionTimeouts timeouts) {
        // S7: two statements, each read through its own index (an OR would scan the table on H2)
        return jpa.write(em -> em.createQuery("DELETE FROM SessionEntity s WHERE s.lastSeenAt <= :idle")
                .setParameter("idle", Times.utc(now.minus(timeouts.idle())))
                .executeUpdate()
                + em.createQuery("DELETE FROM SessionEntity s WHERE s.createdAt <= :old")
                .setParameter("old", Times.utc(now.minus(timeouts.absolute())))
                .executeUpdate());
    }

    @Override
    public List<Session> forPerson(PersonId person) {
        return jpa.read(em -> em.createQuery("SELECT s FROM SessionEntity s WHERE s.personId = :p"
                        + " ORDER BY s.createdAt, s.tokenHash", SessionEntity.class)
                .setParameter("p", person.toString()).getResultList().stream()
                .map(JpaSessionRepository::toDomain).toList());
    }

    @Override
    public int deleteForPerson(PersonId person) {
        return jpa.write(em -> em.createQuery("DELETE FROM SessionEntity s WHERE s.personId = :p")
                .setParameter("p", person.toString()).executeUpdate());
    }
}
