package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R23: a request to the billing partner as its emails tell it (PARTNER_REQUEST, REQUEST_RESOLVED),
 * captured when the email is queued. Parts a kind does not use are null or empty.
 *
 * @param id           the request's id
 * @param kind         what it asks for
 * @param keepProducts for CANCEL_COLLECTION: the included products to keep, by catalogue code
 * @param plan         for CHANGE: the wished plan, or null
 * @param userTier     for CHANGE: the wished user tier, or null
 * @param billingCycle for CHANGE: the wished billing cycle, or null
 * @param product      for ADD_PRODUCT: the product's catalogue code
 * @param site         for ADD_PRODUCT: the site, or null
 * @param askedBy      the email of the contact who asked
 * @param message      what they wrote, or null
 * @param status       where it stands
 * @param note         what the partner wrote when answering, or null
 */
public record RequestNote(String id, RequestKind kind, List<String> keepProducts, String plan, Integer userTier,
                          String billingCycle, String product, String site, String askedBy, String message,
                          RequestStatus status, String note) {
    /**
     * Checks the parts.
     *
     * @param id           the request's id
     * @param kind         what it asks for
     * @param keepProducts the included products to keep
     * @param plan         the wished plan, or null
     * @param userTier     the wished user tier, or null
     * @param billingCycle the wished billing cycle, or null
     * @param product      the product to add, or null
     * @param site         the site, or null
     * @param askedBy      the asking contact's email
     * @param message      what they wrote, or null
     * @param status       where it stands
     * @param note         the partner's note, or null
     */
    public RequestNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(status, "status");
        keepProducts = keepProducts == null ? List.of() : List.copyOf(keepProducts);
    }

    /**
     * S8: the note once the person with {@code address} is erased. If they asked it, {@code askedBy} is their
     * pseudonym and what they wrote is gone; wherever another asker's message or the partner's note names their
     * address, in any case, it names the pseudonym.
     *
     * @param address   the address erased
     * @param pseudonym the address that replaces it
     * @return the note without the address; this note when it named it nowhere
     */
    public RequestNote forgetting(String address, String pseudonym) {
        boolean asked = askedBy.equalsIgnoreCase(address);
        String written = asked ? null : replaced(message, address, pseudonym);
        String answer = replaced(note, address, pseudonym);
        if (!asked && Objects.equals(written, message) && Objects.equals(answer, note)) {
            return this;
        }
        return new RequestNote(id, kind, keepProducts, plan, userTier, billingCycle, product, site,
                asked ? pseudonym : askedBy, written, status, answer);
    }

    private static String replaced(String text, String address, String pseudonym) {
        return text == null ? null : Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE)
                .matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym));
    }
}
