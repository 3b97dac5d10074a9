package io.partnerportal.core.port.in;

/** The operators' admin commands: create partners and support keys; each key is shown once. */
public interface Administration {

    PartnerCreated createPartner(CreatePartner command);

    /** A new support key, in plaintext (only its hash is stored). */
    String createSupportKey();

    /** {@code email}: the partner's contact shown to customers under "Key contacts". */
    record CreatePartner(String name, String email) {
    }

    record PartnerCreated(String partnerId, String name, String apiKey) {
    }
}
