package io.partnerportal.core.domain.site;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * A site as a caller wrote it: its name, and the domain when they wrote one. Checked as far as
 * it can be without the portal's configuration; {@link #under(String)} makes it a {@link SiteUrl}
 * of the configured site domain.
 *
 * @param name   the site's name, checked
 * @param domain the domain the caller wrote, or null
 */
public record SiteAddress(String name, String domain) {
    /**
     * Checks the name.
     *
     * @param name   the site's name, checked
     * @param domain the domain the caller wrote, or null
     */
    public SiteAddress {
        Objects.requireNonNull(name, "name");
        SiteUrl.checkName(name);
    }

    /**
     * @param raw {@code name} or {@code name.domain}, any case, blanks around ignored
     * @return the address as written
     */
    public static SiteAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidValueException.required("is required");
        }
        String url = raw.strip().toLowerCase(Locale.ROOT);
        int dot = url.indexOf('.');
        return dot < 0 ? new SiteAddress(url, null) : new SiteAddress(url.substring(0, dot), url.substring(dot + 1));
    }

    /**
     * @param raw a bare site name, as chosen for a new site
     * @return the address, with no domain
     */
    public static SiteAddress name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidValueException.required("is required");
        }
        return new SiteAddress(raw.strip().toLowerCase(Locale.ROOT), null);
    }

    /**
     * @param siteDomain the portal's site domain
     * @return the site's address under {@code siteDomain}
     * @throws InvalidValueException when the caller wrote another domain
     */
    public SiteUrl under(String siteDomain) {
        if (domain != null && !domain.equals(siteDomain)) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "must be <name>." + siteDomain);
        }
        return new SiteUrl(name, siteDomain);
    }
}
