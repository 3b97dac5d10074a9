package io.partnerportal.core.signin;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.ApiKeyRepository;
import io.partnerportal.core.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/** Who presents an API key: a partner, vendor support, or nobody (a missing or wrong key). */
public interface ApiAuthentication {

    /**
     * API-key authentication over the ports it calls; {@link io.partnerportal.core.Core} wires it.
     *
     * @param keys       the API keys
     * @param unitOfWork where a key's last use is written
     * @param clock      the clock
     * @return the port
     */
    static ApiAuthentication create(ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock) {
        return new ApiAuthenticationService(keys, unitOfWork, clock);
    }

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
