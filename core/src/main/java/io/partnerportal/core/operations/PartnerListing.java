package io.partnerportal.core.operations;

import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.Administration.KeySummary;
import io.partnerportal.core.operations.Administration.PartnerSummary;
import io.partnerportal.core.port.out.Storage;
import java.util.List;

/** Operators' lists: the partners, and one partner's keys (never a secret). */
public final class PartnerListing {
    private final Storage storage;

    public PartnerListing(Storage storage) {
        this.storage = storage;
    }

    public List<PartnerSummary> partners() {
        return storage.partners().all().stream().map(p -> new PartnerSummary(p.id().toString(), p.name().value(),
                p.contactEmail().value(), p.createdAt(),
                (int) storage.apiKeys().forPartner(p.id()).stream().filter(ApiKey::active).count())).toList();
    }

    public List<KeySummary> keys(String partnerId) {
        PartnerId id = Fields.single("partner", () -> PartnerId.parse(partnerId));
        if (storage.partners().find(id).isEmpty()) {
            throw new NotFoundException("partner " + id);
        }
        return storage.apiKeys().forPartner(id).stream()
                .map(k -> new KeySummary(k.id(), k.kind().name(), k.createdAt(), k.revokedAt())).toList();
    }
}
