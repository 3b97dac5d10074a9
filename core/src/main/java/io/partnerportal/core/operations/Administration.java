package io.partnerportal.core.operations;

import io.partnerportal.core.application.KeyRevocation;
import io.partnerportal.core.application.KeyRevoked;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.port.out.ApiKeyRepository;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.PersonRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The operators' admin commands: partners and their API keys, vendor support keys. Each new key is
 * shown once (only its hash is stored); a partner always keeps an active key (R22).
 */
public interface Administration {

    /**
     * The admin commands over the ports they call; {@link io.partnerportal.core.Core} wires it.
     *
     * @param tx         units of work and the clock
     * @param partners   the billing partners
     * @param keys       the API keys
     * @param people     the people
     * @param revocation revokes keys, never a partner's last
     * @return the port
     */
    static Administration create(Transactions tx, PartnerRepository partners, ApiKeyRepository keys,
                                 PersonRepository people, KeyRevocation revocation) {
        return new AdministrationService(tx, partners, keys, people, revocation);
    }

    /**
     * Creates a billing partner with its first API key.
     *
     * @param command the partner's name and contact email
     * @return the partner and its key, in plaintext (only its hash is stored; a store built without API
     *         keys keeps none, and the key opens nothing)
     * @throws io.partnerportal.core.domain.error.ValidationException a bad name or email ({@code name},
     *         {@code email})
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
     * @throws io.partnerportal.core.domain.error.ValidationException a malformed id ({@code partner})
     * @throws io.partnerportal.core.domain.error.NotFoundException no such partner
     */
    List<KeySummary> listKeys(String partnerId);

    /**
     * Revokes one of a partner's keys: refused ({@code LAST_API_KEY}) for its last active key; a key
     * already revoked stays as it was.
     *
     * @param keyId the key's public id, as typed
     * @return the key's revocation
     * @throws io.partnerportal.core.domain.error.NotFoundException no such key
     * @throws io.partnerportal.core.domain.error.ValidationException a support key's id ({@code id})
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code LAST_API_KEY} (R22)
     */
    KeyRevoked revokeKey(String keyId);

    /**
     * Revokes a vendor support key; a key already revoked stays as it was.
     *
     * @param keyId the key's public id, as typed
     * @return the key's revocation
     * @throws io.partnerportal.core.domain.error.NotFoundException no such key
     * @throws io.partnerportal.core.domain.error.ValidationException a partner's key id ({@code id})
     */
    KeyRevoked revokeSupportKey(String keyId);

    /**
     * Who a customer contact is, by email: what an embedder that signs its users in itself hands the
     * {@link io.partnerportal.core.portal.CustomerPortal} as the viewer.
     *
     * @param email their email, as typed (compared case-insensitively, R11)
     * @return their id; empty for an email nobody was ever assigned with, or an erased person
     * @throws io.partnerportal.core.domain.error.ValidationException a malformed email ({@code email})
     */
    default Optional<PersonId> personId(String email) {
        throw new UnsupportedOperationException("this Administration finds no person");
    }

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
}
