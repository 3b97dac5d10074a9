package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.access.ApiKey;
import java.util.Optional;

/** API keys (partner and support), stored hashed and found by their public id. */
public interface ApiKeyRepository {
    /**
     * Stores a new key.
     *
     * @param key the key, its secret hashed
     */
    void add(ApiKey key);

    /**
     * Finds a key by its public id.
     *
     * @param id the id part of a presented key
     * @return the key; empty when unknown
     */
    Optional<ApiKey> find(String id);
}
