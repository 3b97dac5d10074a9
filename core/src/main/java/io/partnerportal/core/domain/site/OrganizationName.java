package io.partnerportal.core.domain.site;

import io.partnerportal.core.domain.value.Text;

/** The name of an admin organization (R10), one line of at most 100 characters. */
public record OrganizationName(String value) {
    public OrganizationName {
        value = Text.singleLine(value, 100);
    }

    @Override
    public String toString() {
        return value;
    }
}
