package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.testing.DefaultCatalogue;
import org.junit.jupiter.api.Test;

/** {@code Catalogue}: a new store holds the default catalogue of SPEC §2, as data. */
public abstract class CatalogueContract extends StorageContract {

    @Test
    void holdsTheDefaultCatalogue() {
        assertThat(storage.catalogue().all()).containsExactlyInAnyOrderElementsOf(DefaultCatalogue.products());
        for (Product p : DefaultCatalogue.products()) {
            assertThat(storage.catalogue().find(p.code())).contains(p);
        }
        assertThat(storage.catalogue().find(new ProductCode("nothing"))).isEmpty();
    }
}
