package io.partnerportal.core.signin;

import io.partnerportal.core.domain.party.PartnerId;
import java.util.Optional;

/** Who presents an API key: a partner, vendor support, or nobody (a missing or wrong key). */
public interface ApiAuthentication {

    /**
     * Finds who presents a key, checking its secret in constant time.
     *
     * @param presentedKey the key as sent, or null
     * @return the caller; empty for a missing, malformed or wrong key
     */
    Optional<ApiCaller> authenticate(String presentedKey);

    /** Who an API key acts for. */
    sealed interface ApiCaller {
        /**
         * A billing partner.
         *
         * @param partner the partner
         * @param name    its name
         */
        record PartnerCaller(PartnerId partner, String name) implements ApiCaller {
        }

        /**
         * Vendor support.
         *
         * @param keyId the id of the support key used
         */
        record SupportCaller(String keyId) implements ApiCaller {
        }
    }
}
