package io.partnerportal.core.testing;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.port.out.Catalogue;
import java.util.List;
import java.util.Optional;

final class InMemoryCatalogue implements Catalogue {
    private final InMemoryDatabase db;

    InMemoryCatalogue(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Product> find(ProductCode code) {
        return db.read(() -> Optional.ofNullable(db.tables.catalogue.get(code)));
    }

    @Override
    public List<Product> all() {
        return db.read(() -> List.copyOf(db.tables.catalogue.values()));
    }
}
