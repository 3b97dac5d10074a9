package io.partnerportal.core.partner;

import io.partnerportal.core.application.KeyRevocation;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.IntegrationCommands.ApiKeyRef;
import io.partnerportal.core.partner.IntegrationCommands.CreateApiKey;
import io.partnerportal.core.partner.PartnerIntegrations.ApiKeyView;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.util.List;

/**
 * R22 for a partner through the API: list, create and revoke its own keys. Another partner's key,
 * a support key or a revoked key is "not found" (R15); revocation is {@link KeyRevocation}'s, which
 * locks the partner's keys and refuses the last active one.
 */
public final class PartnerKeys {
    /** Most active keys one partner holds. */
    public static final int MAX_ACTIVE = 20;

    private final Storage storage;
    private final Transactions tx;
    private final Clock clock;
    private final KeyRevocation revocation;

    public PartnerKeys(Storage storage, Transactions tx, Clock clock) {
        this.storage = storage;
        this.tx = tx;
        this.clock = clock;
        this.revocation = new KeyRevocation(storage, tx, clock);
    }

    public List<ApiKeyView> list(PartnerId partner) {
        return storage.apiKeys().forPartner(partner).stream().filter(ApiKey::active).map(k -> view(k, null)).toList();
    }

    public ApiKeyView create(CreateApiKey command) {
        return tx.write(() -> {
            long active = storage.apiKeys().lockForPartner(command.partner()).stream().filter(ApiKey::active).count();
            if (active >= MAX_ACTIVE) {
                throw io.partnerportal.core.domain.error.ValidationException.of("name",
                        io.partnerportal.core.domain.error.FieldErrorCode.TOO_MANY,
                        "a partner holds at most " + MAX_ACTIVE + " active keys; revoke one first");
            }
            ApiKey.Issued issued = ApiKey.issue(ApiKey.Kind.PARTNER, command.partner(), command.name(), clock.instant());
            storage.apiKeys().add(issued.key());
            return view(issued.key(), issued.plaintext());
        });
    }

    public ApiKeyView revoke(ApiKeyRef command) {
        ApiKey key = storage.apiKeys().find(command.key())
                .filter(k -> k.kind() == ApiKey.Kind.PARTNER && command.partner().equals(k.partner()) && k.active())
                .orElseThrow(() -> new NotFoundException("API key " + command.key()));
        revocation.partnerKey(key.id());
        return view(key, null);
    }

    private static ApiKeyView view(ApiKey k, String plaintext) {
        return new ApiKeyView(k.id(), k.name(), k.createdAt(), k.lastUsedAt(), plaintext);
    }
}
