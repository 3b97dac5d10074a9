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
    void add(Site site);

    Optional<Site> find(SiteUrl url);

    /** Finds the site and holds it until the unit of work ends. */
    Optional<Site> lock(SiteUrl url);

    List<Site> findAll(Collection<SiteUrl> urls);

    void update(Site site);
}
