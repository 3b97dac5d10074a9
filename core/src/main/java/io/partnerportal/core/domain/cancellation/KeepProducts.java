package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.error.ValidationException;
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
    public static final String FIELD = "keepProducts";

    private KeepProducts() {
    }

    public static Set<ProductCode> parse(Product product, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return Set.of();
        }
        if (product.kind() != SubscriptionKind.COLLECTION) {
            throw ValidationException.of(FIELD, "only a collection keeps products; " + product.code()
                    + " is not a collection");
        }
        Set<ProductCode> keep = new LinkedHashSet<>();
        for (String raw : requested) {
            ProductCode code;
            try {
                code = ProductCode.parse(raw);
            } catch (ValidationException e) {
                throw ValidationException.of(FIELD, "'" + raw + "' is not a catalogue code");
            }
            if (!product.includes().contains(code)) {
                throw ValidationException.of(FIELD, product.code() + " does not include " + code + "; it includes "
                        + product.includes().stream().map(ProductCode::value).collect(Collectors.joining(", ")));
            }
            keep.add(code);
        }
        return keep;
    }
}
