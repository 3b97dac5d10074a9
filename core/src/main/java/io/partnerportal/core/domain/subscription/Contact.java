package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import java.util.Objects;

/**
 * A customer contact as an order, a partner or a contact names them for a subscription: who they
 * are (R11: name and language count at their first assignment only) and their role on it (R19).
 *
 * @param email  the contact's email
 * @param name   their name
 * @param locale their language
 * @param role   their role on the subscription
 */
public record Contact(EmailAddress email, DisplayName name, ContactLocale locale, ContactRole role) {
    /**
     * Checks that every part is present.
     *
     * @param email  the contact's email
     * @param name   their name
     * @param locale their language
     * @param role   their role on the subscription
     */
    public Contact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(role, "role");
    }

    /**
     * A manager, R19's default role.
     *
     * @param email  the contact's email
     * @param name   their name
     * @param locale their language
     * @return the contact
     */
    public static Contact manager(EmailAddress email, DisplayName name, ContactLocale locale) {
        return new Contact(email, name, locale, ContactRole.MANAGER);
    }

    /**
     * A viewer (R19): sees the subscription, changes nothing.
     *
     * @param email  the contact's email
     * @param name   their name
     * @param locale their language
     * @return the contact
     */
    public static Contact viewer(EmailAddress email, DisplayName name, ContactLocale locale) {
        return new Contact(email, name, locale, ContactRole.VIEWER);
    }

    /**
     * A contact as a caller typed it, with the wire names of its fields.
     *
     * @param email  the email
     * @param name   the name
     * @param locale en or ja
     * @param role   MANAGER or VIEWER (R19); null or blank means MANAGER
     */
    public record Form(String email, String name, String locale, String role) {
        /**
         * Parses the form, each wrong part recorded under {@code prefix} and its wire name.
         *
         * @param f      where wrong parts are recorded
         * @param prefix what precedes each field's name, e.g. {@code contacts[0].}, or nothing
         * @return the contact; null when a part is wrong
         */
        public Contact parse(Fields f, String prefix) {
            EmailAddress e = f.parse(prefix + "email", () -> EmailAddress.parse(email));
            DisplayName n = f.parse(prefix + "name", () -> new DisplayName(name));
            ContactLocale l = f.parse(prefix + "locale", () -> ContactLocale.parse(locale));
            ContactRole r = f.parse(prefix + "role", () -> ContactRole.parseOrDefault(role));
            return e == null || n == null || l == null || r == null ? null : new Contact(e, n, l, r);
        }
    }
}
