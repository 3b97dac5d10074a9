package io.partnerportal.core.domain.site;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A site's address {@code <name>.<site domain>} (R10): the name is 3-63 of {@code a-z0-9-}, not
 * starting or ending with {@code -}; the domain is the portal's configured site domain.
 *
 * @param name   the site's name, e.g. {@code acme}
 * @param domain the site domain, e.g. {@code atlassian.net}
 */
public record SiteUrl(String name, String domain) {
    static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]");
    static final Pattern DOMAIN = Pattern.compile(
            "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    /**
     * Checks the name and the domain.
     *
     * @param name   the site's name, e.g. {@code acme}
     * @param domain the site domain, e.g. {@code atlassian.net}
     */
    public SiteUrl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a site domain: " + domain);
        }
        checkName(name);
    }

    static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED,
                    "the site name must be 3 to 63 of a-z, 0-9 and '-', not starting or ending with '-'");
        }
    }

    /**
     * Parses {@code name.domain} (or a bare name) typed by a caller against the portal's domain.
     *
     * @param raw        what a caller typed
     * @param siteDomain the portal's site domain
     * @return the site's address
     */
    public static SiteUrl parse(String raw, String siteDomain) {
        return SiteAddress.parse(raw).under(siteDomain);
    }

    /**
     * Restores a stored address.
     *
     * @param url {@code name.domain}
     * @return the site's address
     */
    public static SiteUrl of(String url) {
        int dot = url.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not a site address: " + url);
        }
        return new SiteUrl(url.substring(0, dot), url.substring(dot + 1));
    }

    /** @return {@code name.domain} */
    public String value() {
        return name + "." + domain;
    }

    @Override
    public String toString() {
        return value();
    }
}
