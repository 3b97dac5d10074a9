package io.partnerportal.core.testing;

import java.util.List;
import java.util.Comparator;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.SignInTokenRepository;
import java.time.Instant;
import java.util.Optional;

final class InMemorySignInTokenRepository implements SignInTokenRepository {
    private final InMemoryDatabase db;

    InMemorySignInTokenRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(SignInToken token) {
        db.write(() -> {
            if (db.tables.signInTokens.putIfAbsent(token.tokenHash(), token) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "sign-in token exists");
            }
        });
    }

    @Override
    public Optional<SignInToken> find(String tokenHash) {
        return db.read(() -> Optional.ofNullable(db.tables.signInTokens.get(tokenHash)));
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return db.write(() -> {
            SignInToken t = db.tables.signInTokens.get(tokenHash);
            if (t == null || t.usedAt() != null) {
                return false;
            }
            db.tables.signInTokens.put(tokenHash,
                    new SignInToken(t.tokenHash(), t.person(), t.createdAt(), t.expiresAt(), at));
            return true;
        });
    }

    @Override
    public int countIssuedSince(PersonId person, Instant since) {
        return db.read(() -> (int) db.tables.signInTokens.values().stream()
                .filter(t -> t.person().equals(person) && !t.createdAt().isBefore(since)).count());
    }

    @Override
    public int deleteExpired(Instant now) {
        return db.write(() -> {
            int before = db.tables.signInTokens.size();
            db.tables.signInTokens.values().removeIf(t -> t.expiresAt().isBefore(now));
            return before - db.tables.signInTokens.size();
        });
    }

    @Override
    public List<SignInToken> forPerson(PersonId person) {
        return db.read(() -> db.tables.signInTokens.values().stream().filter(t -> t.person().equals(person))
                .sorted(Comparator.comparing(SignInToken::createdAt)).toList());
    }

    @Override
    public int deleteForPerson(PersonId person) {
        return db.write(() -> {
            int before = db.tables.signInTokens.size();
            db.tables.signInTokens.values().removeIf(t -> t.person().equals(person));
            return before - db.tables.signInTokens.size();
        });
    }
}
