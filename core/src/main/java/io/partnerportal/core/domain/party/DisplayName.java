package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.value.Text;

/**
 * A name shown to people (a contact, a partner, a billing account): one trimmed line of at most
 * 200 characters. Markup is allowed and always escaped on output; line breaks are refused so a
 * name can never split an email header.
 *
 * @param value the name
 */
public record DisplayName(String value) {
    /**
     * Trims the name and checks it is one line of 1 to 200 characters.
     *
     * @param value the name
     */
    public DisplayName {
        value = Text.singleLine(value, 200);
    }

    @Override
    public String toString() {
        return value;
    }
}
