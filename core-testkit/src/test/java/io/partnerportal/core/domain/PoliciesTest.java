package io.partnerportal.core.domain;

import static io.partnerportal.core.testing.SubscriptionBuilder.aCollection;
import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static io.partnerportal.core.testing.SubscriptionBuilder.anApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.cancellation.AppCascade;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.KeepProducts;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.FirstMigratedSite;
import io.partnerportal.core.domain.notification.Recipients;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.testing.DefaultCatalogue;
import io.partnerportal.core.testing.PartyBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure policies, each alone: cascade, keep-products, first migrated site, recipients. */
class PoliciesTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static Cancellation on(String date) {
        return Cancellation.requested(LocalDate.parse(date), CancellationReason.UNUSED, new Actor.System(), AT);
    }

    private static Product product(String code) {
        return DefaultCatalogue.products().stream().filter(p -> p.code().value().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void R5_anAppWithTwoHostsCancelledOnDifferentDatesGetsTheLatest() {
        Subscription jira = aProduct().requested(on("2026-07-15")).build();
        Subscription confluence = aProduct().product("confluence").requested(on("2026-09-30")).build();
        Subscription app = anApp(jira.number(), confluence.number()).build();
        Cancellation c = AppCascade.forApp(app, List.of(jira, confluence)).orElseThrow();
        assertThat(c.effectiveOn()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(c.cause()).isEqualTo(Cancellation.Cause.HOSTS_CANCELLED);
        assertThat(c.causedBy()).isEqualTo(confluence.number());
    }

    @Test
    void R5_anAppWithALiveHostStays() {
        Subscription jira = aProduct().requested(on("2026-07-15")).build();
        Subscription confluence = aProduct().product("confluence").build();
        Subscription app = anApp(jira.number(), confluence.number()).build();
        assertThat(AppCascade.forApp(app, List.of(jira, confluence))).isEmpty();
    }

    @Test
    void R6_keepProductsIsAnySubsetOfWhatTheCollectionIncludes() {
        Product collection = product("teamwork-collection");
        assertThat(KeepProducts.parse(collection, null)).isEmpty();
        assertThat(KeepProducts.parse(collection, List.of())).isEmpty();
        assertThat(KeepProducts.parse(collection, List.of("jira", "loom")))
                .containsExactly(new ProductCode("jira"), new ProductCode("loom"));
        assertThat(KeepProducts.parse(collection, List.of("jira", "confluence", "loom", "rovo"))).hasSize(4);
    }

    @Test
    void R6_aCodeTheCollectionDoesNotIncludeIsRefusedNamingKeepProducts() {
        Product collection = product("teamwork-collection");
        assertThatThrownBy(() -> KeepProducts.parse(collection, List.of("jira", "atlassian-guard")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("keepProducts");
                    assertThat(e.errors().get(0).message()).contains("does not include atlassian-guard")
                            .contains("jira, confluence, loom, rovo");
                });
        assertThatThrownBy(() -> KeepProducts.parse(collection, List.of("NOT A CODE")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> KeepProducts.parse(product("jira"), List.of("jira")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("only a collection");
    }

    @Test
    void R13_siteMigratedIsForAContactsFirstSiteOnTheNewPlatformOnly() {
        Person ken = PartyBuilder.aPerson("ken@example.jp");
        SiteUrl acme = SiteUrl.of("acme.atlassian.net");
        SiteUrl beta = SiteUrl.of("beta.atlassian.net");
        Subscription onAcme = aProduct().site(acme.value()).contacts(ken.id()).build();
        Subscription onBeta = aProduct().site(beta.value()).contacts(ken.id()).build();
        assertThat(FirstMigratedSite.isFirstFor(ken, acme, List.of(onAcme, onBeta), Set.of())).isTrue();
        assertThat(FirstMigratedSite.isFirstFor(ken, acme, List.of(onAcme, onBeta), Set.of(beta))).isFalse();
        assertThat(FirstMigratedSite.isFirstFor(ken.afterSiteMigrationNotice(), acme, List.of(onAcme), Set.of()))
                .isFalse();
        // the site being migrated itself does not count as "another" migrated site
        assertThat(FirstMigratedSite.isFirstFor(ken, acme, List.of(onAcme), Set.of(acme))).isTrue();
    }

    @Test
    void R13_recipientsAreTheDeduplicatedContactsOfEveryChangedSubscription() {
        PersonId ken = PersonId.random();
        PersonId aiko = PersonId.random();
        PersonId taro = PersonId.random();
        Subscription a = aProduct().contacts(ken, aiko).build();
        Subscription b = aCollection().contacts(aiko, taro, ken).build();
        assertThat(Recipients.of(List.of(a, b))).containsExactly(ken, aiko, taro);
    }
}
