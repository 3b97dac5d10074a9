package io.partnerportal.core.testing;

import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.PartnerRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class InMemoryPartnerRepository implements PartnerRepository {
    private final InMemoryDatabase db;

    InMemoryPartnerRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Partner partner) {
        db.write(() -> {
            if (db.tables.partners.putIfAbsent(partner.id(), partner) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "partner " + partner.id() + " exists");
            }
        });
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return db.read(() -> Optional.ofNullable(db.tables.partners.get(id)));
    }

    @Override
    public List<Partner> findAll(Collection<PartnerId> ids) {
        return db.read(() -> ids.stream().distinct().map(db.tables.partners::get).filter(Objects::nonNull).toList());
    }

    @Override
    public List<Partner> all() {
        return db.read(() -> db.tables.partners.values().stream()
                .sorted(Comparator.comparing((Partner p) -> p.name().value()).thenComparing(p -> p.id().toString()))
                .toList());
    }

    @Override
    public boolean any() {
        return db.read(() -> !db.tables.partners.isEmpty());
    }
}
