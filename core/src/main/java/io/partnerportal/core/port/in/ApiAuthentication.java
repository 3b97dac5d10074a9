package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.party.PartnerId;
import java.util.Optional;

/** Who presents an API key: a partner, vendor support, or nobody (a missing or wrong key). */
public interface ApiAuthentication {

    Optional<ApiCaller> authenticate(String presentedKey);

    sealed interface ApiCaller {
        record PartnerCaller(PartnerId partner, String name) implements ApiCaller {
        }

        record SupportCaller(String keyId) implements ApiCaller {
        }
    }
}
