package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.port.out.ApiKeyRepository;
import java.util.Optional;
import java.util.UUID;

final class JpaApiKeyRepository implements ApiKeyRepository {
    private final Jpa jpa;

    JpaApiKeyRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void add(ApiKey key) {
        ApiKeyEntity e = new ApiKeyEntity();
        e.id = key.id();
        e.secretHash = key.secretHash();
        e.kind = key.kind().name();
        e.partnerId = key.partner() == null ? null : key.partner().toString();
        e.createdAt = Times.utc(key.createdAt());
        jpa.change(em -> em.persist(e));
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return jpa.read(em -> Optional.ofNullable(em.find(ApiKeyEntity.class, id))
                .map(e -> new ApiKey(e.id, e.secretHash, ApiKey.Kind.valueOf(e.kind),
                        e.partnerId == null ? null : new PartnerId(UUID.fromString(e.partnerId)), Times.instant(e.createdAt))));
    }
}
