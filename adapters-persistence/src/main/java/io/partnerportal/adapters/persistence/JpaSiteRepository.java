package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.port.out.SiteRepository;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class JpaSiteRepository implements SiteRepository {
    private final Jpa jpa;

    JpaSiteRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    private static Site toDomain(SiteEntity e) {
        return new Site(SiteUrl.of(e.url), e.migratedOn, Times.instant(e.createdAt));
    }

    @Override
    public void add(Site site) {
        SiteEntity e = new SiteEntity();
        e.url = site.url().value();
        e.migratedOn = site.migratedOn();
        e.createdAt = Times.utc(site.createdAt());
        jpa.change(em -> {
            em.persist(e);
            em.flush();
        });
    }

    @Override
    public Optional<Site> find(SiteUrl url) {
        return jpa.read(em -> Optional.ofNullable(em.find(SiteEntity.class, url.value()))
                .map(JpaSiteRepository::toDomain));
    }

    @Override
    public Optional<Site> lock(SiteUrl url) {
        return jpa.write(em -> Optional.ofNullable(em.find(SiteEntity.class, url.value(),
                LockModeType.PESSIMISTIC_WRITE)).map(JpaSiteRepository::toDomain));
    }

    @Override
    public List<Site> findAll(Collection<SiteUrl> urls) {
        return jpa.findIn("SELECT s FROM SiteEntity s WHERE s.url IN :values", SiteEntity.class,
                urls.stream().map(SiteUrl::value).toList(), JpaSiteRepository::toDomain);
    }

    @Override
    public void update(Site site) {
        jpa.change(em -> {
            SiteEntity e = em.find(SiteEntity.class, site.url().value());
            if (e == null) {
                throw new IllegalStateException("no site " + site.url());
            }
            e.migratedOn = site.migratedOn();
        });
    }
}
