package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys (partner and support), stored hashed and found by their public id. */
public interface ApiKeyRepository {

    /**
     * The store of an installation that keeps no API keys: a key issued is kept nowhere and authenticates nowhere; reads find nothing.
     * {@link Storage.Builder} gives it when none is named.
     *
     * @return the shared instance
     */
    static ApiKeyRepository none() {
        return NoStores.API_KEYS;
    }
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

    /**
     * A key by its public id with the partner it belongs to, in one read: what every API request
     * asks first.
     *
     * @param id the id part of a presented key
     * @return the key and its partner (none for a support key); empty when the key is unknown
     */
    Optional<WithPartner> findWithPartner(String id);

    /**
     * A key and its partner.
     *
     * @param key     the key
     * @param partner its partner; empty for a support key, or a partner key whose partner is gone
     */
    record WithPartner(ApiKey key, Optional<Partner> partner) {
    }

    /**
     * A partner's keys, revoked ones included, oldest first.
     *
     * @param partner the partner
     * @return its keys
     */
    List<ApiKey> forPartner(PartnerId partner);

    /**
     * A partner's keys as {@link #forPartner}, locked until the unit of work ends, so that two
     * revocations of the same partner's keys run one after the other (R22: the last active key
     * stays). Only inside a unit of work.
     *
     * @param partner the partner
     * @return its keys, locked
     */
    List<ApiKey> lockForPartner(PartnerId partner);

    /**
     * Marks the key revoked at {@code at} unless it already is. Only inside a unit of work.
     *
     * @param id the key's public id
     * @param at when it is revoked
     * @return whether it changed
     */
    boolean revoke(String id, Instant at);

    /**
     * Records a use of the key (R22), unless one after {@code notBefore} is already recorded:
     * a conditional write, so several instances write a key's use at most once a minute between them.
     *
     * @param id        the key
     * @param at        when it was used
     * @param notBefore a recorded use after this instant is recent enough
     * @return whether the use was written
     */
    boolean touch(String id, Instant at, Instant notBefore);
}
