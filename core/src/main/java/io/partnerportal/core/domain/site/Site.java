package io.partnerportal.core.domain.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A site; every site starts off the new billing platform and remembers when it moved (R10, R12).
 *
 * @param url        its address
 * @param migratedOn the day it moved to the new billing platform; null while it has not
 * @param createdAt  when it was created
 */
public record Site(SiteUrl url, LocalDate migratedOn, Instant createdAt) {
    /**
     * Checks that the address and the creation time are present.
     *
     * @param url        its address
     * @param migratedOn the day it moved to the new billing platform; null while it has not
     * @param createdAt  when it was created
     */
    public Site {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new site, off the new billing platform (R10).
     *
     * @param url its address
     * @param now when it is created
     * @return the site
     */
    public static Site created(SiteUrl url, Instant now) {
        return new Site(url, null, now);
    }

    /**
     * Whether the site is on the new billing platform.
     *
     * @return true once migrated
     */
    public boolean isMigrated() {
        return migratedOn != null;
    }

    /**
     * Moves the site to the new billing platform; a second migration changes nothing.
     *
     * @param today the clock's date, the migration day
     * @return the site, migrated
     */
    public Site migrate(LocalDate today) {
        return isMigrated() ? this : new Site(url, today, createdAt);
    }
}
