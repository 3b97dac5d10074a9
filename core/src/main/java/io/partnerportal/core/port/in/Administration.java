package io.partnerportal.core.port.in;

/** The operators' admin commands: create partners and support keys; each key is shown once. */
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
}
