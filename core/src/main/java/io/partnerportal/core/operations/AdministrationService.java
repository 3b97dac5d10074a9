package io.partnerportal.core.operations;

import io.partnerportal.core.application.KeyRevocation;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.util.List;

/**
 * The admin commands: partners and support keys, each key shown once and stored hashed; the lists
 * and revocations are {@link PartnerListing}'s and {@link KeyRevocation}'s.
 */
public final class AdministrationService implements Administration {
    private final Storage storage;
    private final Transactions tx;
    private final Clock clock;
    private final PartnerListing listing;
    private final KeyRevocation revocation;

    public AdministrationService(Storage storage, Transactions tx, Clock clock) {
        this.storage = storage;
        this.tx = tx;
        this.clock = clock;
        this.listing = new PartnerListing(storage);
        this.revocation = new KeyRevocation(storage, tx, clock);
    }

    @Override
    public PartnerCreated createPartner(CreatePartner command) {
        Fields errors = new Fields();
        DisplayName name = errors.parse("name", () -> new DisplayName(command.name()));
        EmailAddress email = errors.parse("email", () -> EmailAddress.parse(command.email()));
        errors.throwIfAny();
        return tx.write(() -> {
            Partner partner = new Partner(PartnerId.random(), name, email, clock.instant());
            storage.partners().add(partner);
            ApiKey.Issued key = ApiKey.issue(ApiKey.Kind.PARTNER, partner.id(), clock.instant());
            storage.apiKeys().add(key.key());
            return new PartnerCreated(partner.id().toString(), name.value(), key.plaintext());
        });
    }

    @Override
    public String createSupportKey() {
        return tx.write(() -> {
            ApiKey.Issued key = ApiKey.issue(ApiKey.Kind.SUPPORT, null, clock.instant());
            storage.apiKeys().add(key.key());
            return key.plaintext();
        });
    }

    @Override
    public List<PartnerSummary> listPartners() {
        return listing.partners();
    }

    @Override
    public List<KeySummary> listKeys(String partnerId) {
        return listing.keys(partnerId);
    }

    @Override
    public KeyRevoked revokeKey(String keyId) {
        return revocation.partnerKey(keyId);
    }

    @Override
    public KeyRevoked revokeSupportKey(String keyId) {
        return revocation.supportKey(keyId);
    }
}
