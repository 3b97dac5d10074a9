package io.partnerportal.core.service;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.port.in.ApiAuthentication;
import io.partnerportal.core.port.out.Storage;
import java.util.Optional;

/**
 * Finds an API key by its public id and checks its secret against the stored hash in constant
 * time; a revoked key never authenticates (R22), and keys are read afresh on every request, so a
 * revocation holds at once on every instance.
 */
final class ApiAuthenticationService implements ApiAuthentication {
    private final Storage storage;

    ApiAuthenticationService(Storage storage) {
        this.storage = storage;
    }

    @Override
    public Optional<ApiCaller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.length() > 200) {
            return Optional.empty();
        }
        return ApiKey.idOf(presentedKey)
                .flatMap(storage.apiKeys()::findWithPartner)
                .filter(k -> k.key().matches(presentedKey))
                .filter(k -> k.key().active())
                .flatMap(k -> k.key().kind() == ApiKey.Kind.SUPPORT
                        ? Optional.of(new ApiCaller.SupportCaller(k.key().id()))
                        : k.partner().map(p -> new ApiCaller.PartnerCaller(p.id(), p.name().value())));
    }
}
