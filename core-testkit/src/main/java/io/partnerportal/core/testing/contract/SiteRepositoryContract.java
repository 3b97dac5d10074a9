package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.error.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code SiteRepository} and {@code OrganizationRepository}: round trips, uniqueness, locking, migration. */
public abstract class SiteRepositoryContract extends StorageContract {
    private static final Instant AT = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void storesLocksAndMigratesASite() {
        SiteUrl acme = SiteUrl.of("acme.atlassian.net");
        txRun(() -> storage.sites().add(Site.created(acme, AT)));
        assertThat(storage.sites().find(acme)).contains(Site.created(acme, AT));
        assertThat(storage.sites().find(SiteUrl.of("nope.atlassian.net"))).isEmpty();
        Site locked = tx(() -> storage.sites().lock(acme).orElseThrow());
        assertThat(locked.isMigrated()).isFalse();
        txRun(() -> {
            Site s = storage.sites().lock(acme).orElseThrow();
            storage.sites().update(s.migrate(LocalDate.of(2026, 3, 1)));
        });
        assertThat(storage.sites().find(acme).orElseThrow().migratedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(tx(() -> storage.sites().lock(SiteUrl.of("none.atlassian.net")))).isEmpty();
        assertThat(storage.sites().findAll(List.of(acme, SiteUrl.of("none.atlassian.net"))))
                .extracting(Site::url).containsExactly(acme);
    }

    @Test
    void aSiteIsUnique() {
        SiteUrl acme = SiteUrl.of("dup.atlassian.net");
        txRun(() -> storage.sites().add(Site.created(acme, AT)));
        assertThatThrownBy(() -> txRun(() -> storage.sites().add(Site.created(acme, AT))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void storesOrganizationsUniqueByName() {
        OrganizationName name = new OrganizationName("ACME 株式会社");
        txRun(() -> storage.organizations().add(new Organization(name, AT)));
        assertThat(storage.organizations().find(name)).contains(new Organization(name, AT));
        assertThat(storage.organizations().find(new OrganizationName("Other"))).isEmpty();
        assertThatThrownBy(() -> txRun(() -> storage.organizations().add(new Organization(name, AT))))
                .isInstanceOf(ConflictException.class);
    }
}
