package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R6: which included products of a collection continue standalone when it is cancelled. Any
 * subset of what the collection includes, possibly empty; anything else is refused, naming
 * {@code keepProducts}, before anything changes.
 */
public final class KeepProducts {
    /** The field callers name the kept products in. */
    public static final String FIELD = "keepProducts";

    private KeepProducts() {
    }

    /**
     * @param requested the codes as a caller typed them, or null
     * @return the codes, each checked for its form
     */
    public static List<ProductCode> codes(List<String> requested) {
        List<ProductCode> out = new ArrayList<>();
        if (requested != null) {
            for (String raw : requested) {
                out.add(Fields.single(FIELD, () -> {
                    try {
                        return ProductCode.parse(raw);
                    } catch (InvalidValueException e) {
                        throw new InvalidValueException(FieldErrorCode.MALFORMED, "'" + raw
                                + "' is not a catalogue code");
                    }
                }));
            }
        }
        return out;
    }

    /**
     * @param product   the catalogue entry of the subscription cancelled
     * @param requested the products asked to be kept
     * @return the kept products, each one the collection includes
     */
    public static Set<ProductCode> check(Product product, Collection<ProductCode> requested) {
        if (requested.isEmpty()) {
            return Set.of();
        }
        if (product.kind() != SubscriptionKind.COLLECTION) {
            throw ValidationException.of(FIELD, FieldErrorCode.NOT_APPLICABLE, "only a collection keeps products; "
                    + product.code() + " is not a collection");
        }
        Set<ProductCode> keep = new LinkedHashSet<>();
        for (ProductCode code : requested) {
            if (!product.includes().contains(code)) {
                throw ValidationException.of(FIELD, FieldErrorCode.NOT_ONE_OF, product.code() + " does not include "
                        + code + "; it includes "
                        + product.includes().stream().map(ProductCode::value).collect(Collectors.joining(", ")));
            }
            keep.add(code);
        }
        return keep;
    }

    /**
     * @param product   the catalogue entry of the subscription cancelled
     * @param requested the codes as a caller typed them, or null
     * @return the kept products
     */
    public static Set<ProductCode> parse(Product product, List<String> requested) {
        return check(product, codes(requested));
    }
}
