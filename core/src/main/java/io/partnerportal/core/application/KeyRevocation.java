package io.partnerportal.core.application;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.port.out.ApiKeyRepository;
import java.time.Instant;
import java.util.List;

/**
 * Revokes API keys (R22). A partner's keys are locked together first, so two revocations of the
 * same partner's keys cannot both pass the check that one active key stays.
 */
public final class KeyRevocation {
    private final ApiKeyRepository apiKeys;
    private final Transactions tx;

    /**
     * @param keys the API keys
     * @param tx   the units of work and the clock
     */
    public KeyRevocation(ApiKeyRepository keys, Transactions tx) {
        this.apiKeys = keys;
        this.tx = tx;
    }

    /**
     * Revokes one of a partner's keys, never its last active one.
     *
     * @param keyId the key's public id, as typed
     * @return the key's revocation
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code LAST_API_KEY}
     */
    public KeyRevoked partnerKey(String keyId) {
        ApiKey seen = find(keyId, ApiKey.Kind.PARTNER);
        return tx.write(() -> {
            List<ApiKey> keys = apiKeys.lockForPartner(seen.partner());
            ApiKey key = keys.stream().filter(k -> k.id().equals(seen.id())).findFirst()
                    .orElseThrow(() -> new NotFoundException("API key " + keyId));
            if (!key.active()) {
                return new KeyRevoked(key.id(), key.revokedAt(), false);
            }
            if (keys.stream().filter(ApiKey::active).count() == 1) {
                throw new RuleRefusedException(ErrorCode.LAST_API_KEY, key.id(), key.partner());
            }
            return revoke(key);
        });
    }

    /**
     * Revokes a vendor support key.
     *
     * @param keyId the key's public id, as typed
     * @return the key's revocation
     */
    public KeyRevoked supportKey(String keyId) {
        ApiKey seen = find(keyId, ApiKey.Kind.SUPPORT);
        return tx.write(() -> seen.active() ? revoke(seen) : new KeyRevoked(seen.id(), seen.revokedAt(), false));
    }

    private KeyRevoked revoke(ApiKey key) {
        Instant now = tx.now();
        if (!apiKeys.revoke(key.id(), now)) {
            ApiKey already = apiKeys.find(key.id()).orElseThrow();
            return new KeyRevoked(key.id(), already.revokedAt(), false);
        }
        return new KeyRevoked(key.id(), now, true);
    }

    private ApiKey find(String keyId, ApiKey.Kind kind) {
        if (keyId == null || keyId.isBlank() || keyId.length() > 64) {
            throw ValidationException.of("id", FieldErrorCode.MALFORMED, "an API key id like the part between psp_ and the next _");
        }
        ApiKey key = apiKeys.find(keyId.strip()).orElseThrow(() -> new NotFoundException("API key " + keyId));
        if (key.kind() != kind) {
            throw ValidationException.of("id", FieldErrorCode.NOT_APPLICABLE, kind == ApiKey.Kind.PARTNER
                    ? keyId + " is a support key: revoke it with support-key revoke"
                    : keyId + " is a partner's key: revoke it with key revoke");
        }
        return key;
    }
}
