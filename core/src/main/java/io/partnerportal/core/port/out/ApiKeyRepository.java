package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.access.ApiKey;
import java.util.Optional;

/** API keys (partner and support), stored hashed and found by their public id. */
public interface ApiKeyRepository {
    void add(ApiKey key);

    Optional<ApiKey> find(String id);
}
