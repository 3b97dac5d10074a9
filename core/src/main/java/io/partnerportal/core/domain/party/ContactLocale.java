package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.FieldErrorCode;
import java.util.Locale;

/** The language a person reads the portal and their emails in. */
public enum ContactLocale {
    /** English, {@code en}. */
    EN("en", Locale.ENGLISH), /** Japanese, {@code ja}. */ JA("ja", Locale.JAPANESE);

    private final String tag;
    private final Locale locale;

    ContactLocale(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /**
     * The language tag used on the wire.
     *
     * @return {@code en} or {@code ja}
     */
    public String tag() {
        return tag;
    }

    /**
     * The locale to render pages and emails in.
     *
     * @return English or Japanese
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Parses a language tag as a caller typed it (trimmed).
     *
     * @param raw {@code en} or {@code ja}
     * @return the language
     * @throws InvalidValueException when missing or another tag
     */
    public static ContactLocale parse(String raw) {
        if (raw != null) {
            for (ContactLocale l : values()) {
                if (l.tag.equals(raw.strip())) {
                    return l;
                }
            }
        }
        throw new InvalidValueException(raw == null ? FieldErrorCode.REQUIRED : FieldErrorCode.NOT_ONE_OF,
                "must be en or ja");
    }
}
