package io.partnerportal.core.operations;

import java.time.Instant;
import java.util.List;

/**
 * The operators' admin commands: partners and their API keys, vendor support keys. Each new key is
 * shown once (only its hash is stored); a partner always keeps an active key (R22).
 */
public interface Administration {

    /**
     * Creates a billing partner with its first API key.
     *
     * @param command the partner's name and contact email
     * @return the partner and its key, in plaintext (only its hash is stored)
     */
    PartnerCreated createPartner(CreatePartner command);

    /**
     * A new support key, in plaintext (only its hash is stored).
     *
     * @return the key, shown once
     */
    String createSupportKey();

    /**
     * Every partner, by name.
     *
     * @return the partners
     */
    List<PartnerSummary> listPartners();

    /**
     * A partner's keys, oldest first, revoked ones included; never a secret.
     *
     * @param partnerId the partner's id, as typed
     * @return the keys
     */
    List<KeySummary> listKeys(String partnerId);

    /**
     * Revokes one of a partner's keys: refused ({@code LAST_API_KEY}) for its last active key; a key
     * already revoked stays as it was.
     *
     * @param keyId the key's public id, as typed
     * @return the key's revocation
     */
    KeyRevoked revokeKey(String keyId);

    /**
     * Revokes a vendor support key; a key already revoked stays as it was.
     *
     * @param keyId the key's public id, as typed
     * @return the key's revocation
     */
    KeyRevoked revokeSupportKey(String keyId);

    /**
     * A partner to create, as the operator typed it.
     *
     * @param name  the partner's name
     * @param email the partner's contact shown to customers under "Key contacts"
     */
    record CreatePartner(String name, String email) {
    }

    /**
     * A partner just created.
     *
     * @param partnerId its id
     * @param name      its name
     * @param apiKey    its first API key, in plaintext, shown once
     */
    record PartnerCreated(String partnerId, String name, String apiKey) {
    }

    /**
     * A partner in the list.
     *
     * @param id           its id
     * @param name         its name
     * @param contactEmail its contact email
     * @param createdAt    when it was created
     * @param activeKeys   how many of its keys are not revoked
     */
    record PartnerSummary(String id, String name, String contactEmail, Instant createdAt, int activeKeys) {
    }

    /**
     * A key in the list, never its secret.
     *
     * @param id        its public id
     * @param kind      PARTNER or SUPPORT
     * @param createdAt when it was issued
     * @param revokedAt when it was revoked; null while active
     */
    record KeySummary(String id, String kind, Instant createdAt, Instant revokedAt) {
    }

    /**
     * A key revoked.
     *
     * @param keyId     its public id
     * @param revokedAt when it was revoked
     * @param now       whether this call revoked it (false: it already was)
     */
    record KeyRevoked(String keyId, Instant revokedAt, boolean now) {
    }
}
