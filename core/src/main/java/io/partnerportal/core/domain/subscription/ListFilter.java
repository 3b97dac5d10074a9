package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.value.Text;
import java.util.Locale;

/**
 * What a contact narrows their list to (SPEC §6.3): a text found in the product's name, the site,
 * the organization or the entitlement number, ignoring case; one billing partner; one product.
 * Each part is absent when null, and the list is the intersection of the parts present.
 *
 * @param search  the text to find, trimmed, with runs of white space made one space; or null
 * @param partner the billing partner, or null
 * @param product the product, or null
 */
public record ListFilter(String search, PartnerId partner, ProductCode product) {
    /** The longest search text. */
    public static final int MAX_SEARCH = 100;
    /** No filter: the whole tab. */
    public static final ListFilter NONE = new ListFilter(null, null, null);

    /**
     * Normalises the search text: blank is none; one line of at most {@value #MAX_SEARCH} characters.
     *
     * @param search  the text to find, or null
     * @param partner the billing partner, or null
     * @param product the product, or null
     */
    public ListFilter {
        search = search == null || search.isBlank() ? null
                : Text.singleLine(search, MAX_SEARCH).replaceAll("\\s+", " ");
    }

    /**
     * Parses what the list page was asked for, naming each wrong part as the page does.
     *
     * @param q       the search text as typed, or null
     * @param partner the partner's id as typed, or null
     * @param product the product's code as typed, or null
     * @return the filter
     */
    public static ListFilter parse(String q, String partner, String product) {
        Fields fields = new Fields();
        String search = fields.optional("q", q, raw -> new ListFilter(raw, null, null).search());
        PartnerId p = fields.optional("partner", Text.blankToNull(partner), PartnerId::parse);
        ProductCode c = fields.optional("product", Text.blankToNull(product), ProductCode::parse);
        fields.throwIfAny();
        return new ListFilter(search, p, c);
    }

    /**
     * @return whether nothing narrows the list
     */
    public boolean isEmpty() {
        return search == null && partner == null && product == null;
    }

    /**
     * Whether the search text is found in one of the texts it searches (any text when there is none).
     *
     * @param productName  the product's name
     * @param number       the entitlement number
     * @param site         the site's address, or null
     * @param organization the organization's name, or null
     * @return whether the row is found
     */
    public boolean found(String productName, EntitlementNumber number, String site, String organization) {
        if (search == null) {
            return true;
        }
        String needle = search.toLowerCase(Locale.ROOT);
        return contains(productName, needle) || contains(number.value(), needle) || contains(site, needle)
                || contains(organization, needle);
    }

    /**
     * Whether the partner and product parts let a row of {@code rowPartner} and {@code rowProduct} in.
     *
     * @param rowPartner the row's billing partner
     * @param rowProduct the row's product
     * @return whether both parts present match
     */
    public boolean admits(PartnerId rowPartner, ProductCode rowProduct) {
        return (partner == null || partner.equals(rowPartner)) && (product == null || product.equals(rowProduct));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
