package io.partnerportal.core.testing;

import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.SiteRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Units of work are serialized here, so holding a site needs nothing more than finding it in one. */
final class InMemorySiteRepository implements SiteRepository {
    private final InMemoryDatabase db;

    InMemorySiteRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Site site) {
        db.write(() -> {
            if (db.tables.sites.putIfAbsent(site.url(), site) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "site " + site.url() + " exists");
            }
        });
    }

    @Override
    public Optional<Site> find(SiteUrl url) {
        return db.read(() -> Optional.ofNullable(db.tables.sites.get(url)));
    }

    @Override
    public Optional<Site> lock(SiteUrl url) {
        return db.write(() -> Optional.ofNullable(db.tables.sites.get(url)));
    }

    @Override
    public List<Site> findAll(Collection<SiteUrl> urls) {
        return db.read(() -> urls.stream().distinct().map(db.tables.sites::get).filter(Objects::nonNull).toList());
    }

    @Override
    public void update(Site site) {
        db.write(() -> {
            if (db.tables.sites.replace(site.url(), site) == null) {
                throw new IllegalStateException("no site " + site.url());
            }
        });
    }
}
