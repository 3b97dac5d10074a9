package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.port.out.Catalogue;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as seeded by the migrations, read once on first use (it changes only with a
 * migration; a store opened before its schema was migrated reads it once the schema is there).
 */
final class JpaCatalogue implements Catalogue {
    private final Jpa jpa;
    private volatile List<Product> products;

    JpaCatalogue(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Product> find(ProductCode code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public List<Product> all() {
        List<Product> read = products;
        if (read == null) {
            synchronized (this) {
                if (products == null) {
                    products = jpa.read(em -> em.createQuery("SELECT p FROM ProductEntity p", ProductEntity.class)
                            .getResultList().stream()
                            .sorted(Comparator.comparingInt(p -> p.ordinal))
                            .map(p -> new Product(new ProductCode(p.code), p.name, SubscriptionKind.valueOf(p.kind),
                                    ProductScope.valueOf(p.scope), p.includes.stream().map(ProductCode::new).toList(),
                                    p.hosts.stream().map(ProductCode::new).toList()))
                            .toList());
                }
                read = products;
            }
        }
        return read;
    }
}
