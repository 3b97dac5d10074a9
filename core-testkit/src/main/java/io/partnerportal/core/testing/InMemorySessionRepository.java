package io.partnerportal.core.testing;

import java.util.List;
import java.util.Comparator;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.SessionRepository;
import java.time.Instant;
import java.util.Optional;

final class InMemorySessionRepository implements SessionRepository {
    private final InMemoryDatabase db;

    InMemorySessionRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Session session) {
        db.write(() -> {
            if (db.tables.sessions.putIfAbsent(session.tokenHash(), session) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "session exists");
            }
        });
    }

    @Override
    public Optional<SignedIn> findWithPerson(String tokenHash) {
        return db.read(() -> Optional.ofNullable(db.tables.sessions.get(tokenHash))
                .flatMap(s -> Optional.ofNullable(db.tables.people.get(s.person())).map(p -> new SignedIn(s, p))));
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return db.read(() -> Optional.ofNullable(db.tables.sessions.get(tokenHash)));
    }

    @Override
    public void touch(String tokenHash, Instant at) {
        db.write(() -> db.tables.sessions.computeIfPresent(tokenHash, (k, s) -> s.touchedAt(at)));
    }

    @Override
    public void delete(String tokenHash) {
        db.write(() -> db.tables.sessions.remove(tokenHash));
    }

    @Override
    public int deleteExpired(Instant now, SessionTimeouts timeouts) {
        return db.write(() -> {
            int before = db.tables.sessions.size();
            db.tables.sessions.values().removeIf(s -> s.isExpired(now, timeouts));
            return before - db.tables.sessions.size();
        });
    }

    @Override
    public List<Session> forPerson(PersonId person) {
        return db.read(() -> db.tables.sessions.values().stream().filter(s -> s.person().equals(person))
                .sorted(Comparator.comparing(Session::createdAt)).toList());
    }

    @Override
    public int deleteForPerson(PersonId person) {
        return db.write(() -> {
            int before = db.tables.sessions.size();
            db.tables.sessions.values().removeIf(s -> s.person().equals(person));
            return before - db.tables.sessions.size();
        });
    }
}
