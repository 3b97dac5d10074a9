package io.partnerportal.core.domain.site;

import io.partnerportal.core.domain.error.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A site's address {@code <name>.<site domain>} (R10): the name is 3-63 of {@code a-z0-9-}, not
 * starting or ending with {@code -}; the domain is the portal's configured site domain.
 */
public record SiteUrl(String name, String domain) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    public SiteUrl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a site domain: " + domain);
        }
        if (!NAME.matcher(name).matches()) {
            throw ValidationException.of("value",
                    "the site name must be 3 to 63 of a-z, 0-9 and '-', not starting or ending with '-'");
        }
    }

    /** Parses {@code name.domain} (or a bare name) typed by a caller against the portal's domain. */
    public static SiteUrl parse(String raw, String siteDomain) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of("value", "is required");
        }
        String url = raw.strip().toLowerCase(Locale.ROOT);
        String suffix = "." + siteDomain;
        if (url.endsWith(suffix)) {
            return new SiteUrl(url.substring(0, url.length() - suffix.length()), siteDomain);
        }
        if (url.contains(".")) {
            throw ValidationException.of("value", "must be <name>." + siteDomain);
        }
        return new SiteUrl(url, siteDomain);
    }

    /** Restores a stored address ({@code name.domain}). */
    public static SiteUrl of(String url) {
        int dot = url.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not a site address: " + url);
        }
        return new SiteUrl(url.substring(0, dot), url.substring(dot + 1));
    }

    public String value() {
        return name + "." + domain;
    }

    @Override
    public String toString() {
        return value();
    }
}
