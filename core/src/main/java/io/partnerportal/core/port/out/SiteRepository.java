package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteUrl;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Sites. {@link #lock} takes the site for the rest of the unit of work, so that set-ups and
 * orders on one site are serialized (SPEC §4: "set-ups lock their site"). Adding a site that
 * exists fails with {@code DUPLICATE}.
 */
public interface SiteRepository {
    /**
     * Stores a new site.
     *
     * @param site the site
     */
    void add(Site site);

    /**
     * Finds a site.
     *
     * @param url its address
     * @return the site; empty when unknown
     */
    Optional<Site> find(SiteUrl url);

    /**
     * Finds the site and holds it until the unit of work ends.
     *
     * @param url its address
     * @return the site; empty when unknown
     */
    Optional<Site> lock(SiteUrl url);

    /**
     * Finds several sites at once.
     *
     * @param urls their addresses
     * @return those that exist, in no particular order
     */
    List<Site> findAll(Collection<SiteUrl> urls);

    /**
     * Stores a changed site.
     *
     * @param site the site
     */
    void update(Site site);
}
