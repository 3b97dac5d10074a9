package io.partnerportal.core.domain.site;

import io.partnerportal.core.domain.value.Text;

/**
 * The name of an admin organization (R10), one line of at most 100 characters.
 *
 * @param value the name
 */
public record OrganizationName(String value) {
    /**
     * Trims the name and checks it is one line of 1 to 100 characters.
     *
     * @param value the name
     */
    public OrganizationName {
        value = Text.singleLine(value, 100);
    }

    @Override
    public String toString() {
        return value;
    }
}
