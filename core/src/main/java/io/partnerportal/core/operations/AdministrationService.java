package io.partnerportal.core.operations;

import io.partnerportal.core.application.KeyRevocation;
import io.partnerportal.core.application.KeyRevoked;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.port.out.ApiKeyRepository;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.PersonRepository;
import java.util.List;
import java.util.Optional;

/**
 * The admin commands: partners and support keys, each key shown once and stored hashed; the
 * operators' lists (never a secret); revocations ({@link KeyRevocation}); a person's id by email.
 */
final class AdministrationService implements Administration {
    private final Transactions tx;
    private final PartnerRepository partners;
    private final ApiKeyRepository keys;
    private final PersonRepository people;
    private final KeyRevocation revocation;

    AdministrationService(Transactions tx, PartnerRepository partners, ApiKeyRepository keys, PersonRepository people,
                          KeyRevocation revocation) {
        this.tx = tx;
        this.partners = partners;
        this.keys = keys;
        this.people = people;
        this.revocation = revocation;
    }

    @Override
    public PartnerCreated createPartner(CreatePartner command) {
        Fields errors = new Fields();
        DisplayName name = errors.parse("name", () -> new DisplayName(command.name()));
        EmailAddress email = errors.parse("email", () -> EmailAddress.parse(command.email()));
        errors.throwIfAny();
        return tx.write(() -> {
            Partner partner = new Partner(PartnerId.random(), name, email, tx.now());
            partners.add(partner);
            ApiKey.Issued key = ApiKey.issue(ApiKey.Kind.PARTNER, partner.id(), tx.now());
            keys.add(key.key());
            return new PartnerCreated(partner.id().toString(), name.value(), key.plaintext());
        });
    }

    @Override
    public String createSupportKey() {
        return tx.write(() -> {
            ApiKey.Issued key = ApiKey.issue(ApiKey.Kind.SUPPORT, null, tx.now());
            keys.add(key.key());
            return key.plaintext();
        });
    }

    @Override
    public List<PartnerSummary> listPartners() {
        return partners.all().stream().map(p -> new PartnerSummary(p.id().toString(), p.name().value(),
                p.contactEmail().value(), p.createdAt(),
                (int) keys.forPartner(p.id()).stream().filter(ApiKey::active).count())).toList();
    }

    @Override
    public List<KeySummary> listKeys(String partnerId) {
        PartnerId id = Fields.single("partner", () -> PartnerId.parse(partnerId));
        if (partners.find(id).isEmpty()) {
            throw new NotFoundException("partner " + id);
        }
        return keys.forPartner(id).stream()
                .map(k -> new KeySummary(k.id(), k.kind().name(), k.createdAt(), k.revokedAt())).toList();
    }

    @Override
    public KeyRevoked revokeKey(String keyId) {
        return revocation.partnerKey(keyId);
    }

    @Override
    public KeyRevoked revokeSupportKey(String keyId) {
        return revocation.supportKey(keyId);
    }

    @Override
    public Optional<PersonId> personId(String email) {
        EmailAddress address = Fields.single("email", () -> EmailAddress.parse(email));
        return people.findByEmail(address).filter(p -> !p.isErased()).map(Person::id);
    }
}
