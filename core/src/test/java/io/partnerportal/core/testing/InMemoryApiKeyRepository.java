package io.partnerportal.core.testing;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.ApiKeyRepository;
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
}
