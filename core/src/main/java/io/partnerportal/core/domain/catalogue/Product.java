package io.partnerportal.core.domain.catalogue;

import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the catalogue (data, seeded by a migration): its code, name and kind; where a
 * product or collection is set up; what a collection includes; which products an app accepts as
 * hosts.
 *
 * @param code         its catalogue code
 * @param name         its name, as shown
 * @param kind         product, app or collection
 * @param scope        where it is set up: a site, an organization, or its hosts (apps alone)
 * @param includes     for a collection, the products it includes; empty otherwise
 * @param hostProducts for an app, the products it installs on; empty otherwise
 */
public record Product(ProductCode code, String name, SubscriptionKind kind, ProductScope scope,
                      List<ProductCode> includes, List<ProductCode> hostProducts) {
    /**
     * Copies the lists and checks the entry is consistent: apps alone live on hosts and name them, a
     * collection alone includes products and is set up on a site.
     *
     * @param code         its catalogue code
     * @param name         its name, as shown
     * @param kind         product, app or collection
     * @param scope        where it is set up: a site, an organization, or its hosts (apps alone)
     * @param includes     for a collection, the products it includes; empty otherwise
     * @param hostProducts for an app, the products it installs on; empty otherwise
     */
    public Product {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        includes = List.copyOf(includes);
        hostProducts = List.copyOf(hostProducts);
        if ((kind == SubscriptionKind.APP) != (scope == ProductScope.HOSTS)) {
            throw new IllegalArgumentException(code + ": apps, and only apps, live on their hosts");
        }
        if (kind == SubscriptionKind.COLLECTION && (includes.isEmpty() || scope != ProductScope.SITE)) {
            throw new IllegalArgumentException(code + ": a collection includes products and is set up on a site");
        }
        if (kind != SubscriptionKind.COLLECTION && !includes.isEmpty()) {
            throw new IllegalArgumentException(code + ": only a collection includes products");
        }
        if ((kind == SubscriptionKind.APP) == hostProducts.isEmpty()) {
            throw new IllegalArgumentException(code + ": an app, and only an app, names the products it installs on");
        }
    }

    /**
     * A product set up on a site or an organization.
     *
     * @param code  its catalogue code
     * @param name  its name
     * @param scope {@link ProductScope#SITE} or {@link ProductScope#ORGANIZATION}
     * @return the entry
     */
    public static Product product(String code, String name, ProductScope scope) {
        return new Product(new ProductCode(code), name, SubscriptionKind.PRODUCT, scope, List.of(), List.of());
    }

    /**
     * A collection, set up on a site, including the given products.
     *
     * @param code     its catalogue code
     * @param name     its name
     * @param includes the codes of the products it includes
     * @return the entry
     */
    public static Product collection(String code, String name, List<String> includes) {
        return new Product(new ProductCode(code), name, SubscriptionKind.COLLECTION, ProductScope.SITE,
                includes.stream().map(ProductCode::new).toList(), List.of());
    }

    /**
     * An app, installed on subscriptions of the given products.
     *
     * @param code  its catalogue code
     * @param name  its name
     * @param hosts the codes of the products it installs on
     * @return the entry
     */
    public static Product app(String code, String name, List<String> hosts) {
        return new Product(new ProductCode(code), name, SubscriptionKind.APP, ProductScope.HOSTS, List.of(),
                hosts.stream().map(ProductCode::new).toList());
    }

    /**
     * Whether this app installs on the given product (R12).
     *
     * @param host a product's code
     * @return true when it is one of {@link #hostProducts()}
     */
    public boolean acceptsHost(ProductCode host) {
        return hostProducts.contains(host);
    }
}
