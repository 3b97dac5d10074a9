package io.partnerportal.core.testing;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.ApiKeyRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final InMemoryDatabase db;

    InMemoryApiKeyRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(ApiKey key) {
        db.write(() -> {
            if (db.tables.apiKeys.putIfAbsent(key.id(), key) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "API key id exists");
            }
        });
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return db.read(() -> Optional.ofNullable(db.tables.apiKeys.get(id)));
    }

    @Override
    public Optional<WithPartner> findWithPartner(String id) {
        return db.read(() -> Optional.ofNullable(db.tables.apiKeys.get(id)).map(k -> new WithPartner(k,
                Optional.ofNullable(k.partner() == null ? null : db.tables.partners.get(k.partner())))));
    }

    @Override
    public List<ApiKey> forPartner(PartnerId partner) {
        return db.read(() -> db.tables.apiKeys.values().stream().filter(k -> partner.equals(k.partner()))
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(ApiKey::id)).toList());
    }

    @Override
    public List<ApiKey> lockForPartner(PartnerId partner) {
        // the database's lock: a unit of work holds it until it ends
        return db.write(() -> forPartner(partner));
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return db.write(() -> {
            ApiKey key = db.tables.apiKeys.get(id);
            if (key == null || !key.active()) {
                return false;
            }
            db.tables.apiKeys.put(id, key.revoked(at));
            return true;
        });
    }

    @Override
    public boolean touch(String id, Instant at, Instant notBefore) {
        return db.unit(() -> {
            ApiKey k = db.tables.apiKeys.get(id);
            if (k == null || (k.lastUsedAt() != null && k.lastUsedAt().isAfter(notBefore))) {
                return false;
            }
            db.tables.apiKeys.put(id, new ApiKey(k.id(), k.secretHash(), k.kind(), k.partner(), k.createdAt(),
                    k.revokedAt(), k.name(), at));
            return true;
        });
    }
}
