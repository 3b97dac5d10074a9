package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import java.util.List;
import java.util.Optional;

/** The product catalogue: data (seeded by a migration), never hard-coded in rules. */
public interface Catalogue {
    Optional<Product> find(ProductCode code);

    List<Product> all();
}
