package io.partnerportal.core.signin;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.port.out.ApiKeyRepository;
import io.partnerportal.core.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds an API key by its public id and checks its secret against the stored hash in constant
 * time; a revoked key never authenticates (R22), and keys are read afresh on every request, so a
 * revocation holds at once on every instance. A key's last use is written when the one recorded is
 * a minute old or more (R22), by a conditional write, so a busy key costs one write a minute.
 */
final class ApiAuthenticationService implements ApiAuthentication {
    private final ApiKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    ApiAuthenticationService(ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock) {
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Optional<ApiCaller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.length() > 200) {
            return Optional.empty();
        }
        return ApiKey.idOf(presentedKey)
                .flatMap(keys::findWithPartner)
                .filter(k -> k.key().matches(presentedKey))
                .filter(k -> k.key().active())
                .map(k -> {
                    used(k.key());
                    return k;
                })
                .flatMap(k -> k.key().kind() == ApiKey.Kind.SUPPORT
                        ? Optional.of(new ApiCaller.SupportCaller(k.key().id()))
                        : k.partner().map(p -> new ApiCaller.PartnerCaller(p.id(), p.name().value())));
    }

    private ApiKey used(ApiKey key) {
        Instant now = clock.instant();
        if (key.lastUseDue(now)) {
            unitOfWork.inTransaction(() -> keys.touch(key.id(), now,
                    now.minus(ApiKey.LAST_USED_PRECISION)));
        }
        return key;
    }
}
