package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import java.util.List;
import java.util.Optional;

/** The product catalogue: data (seeded by a migration), never hard-coded in rules. */
public interface Catalogue {
    /**
     * Finds a catalogue entry.
     *
     * @param code its code
     * @return the entry; empty when the catalogue has none
     */
    Optional<Product> find(ProductCode code);

    /**
     * The whole catalogue.
     *
     * @return every entry
     */
    List<Product> all();
}
