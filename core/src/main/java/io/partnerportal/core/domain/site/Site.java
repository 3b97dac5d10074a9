package io.partnerportal.core.domain.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A site; every site starts off the new billing platform and remembers when it moved (R10, R12). */
public record Site(SiteUrl url, LocalDate migratedOn, Instant createdAt) {
    public Site {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Site created(SiteUrl url, Instant now) {
        return new Site(url, null, now);
    }

    public boolean isMigrated() {
        return migratedOn != null;
    }

    /** Moves the site to the new billing platform; a second migration changes nothing. */
    public Site migrate(LocalDate today) {
        return isMigrated() ? this : new Site(url, today, createdAt);
    }
}
