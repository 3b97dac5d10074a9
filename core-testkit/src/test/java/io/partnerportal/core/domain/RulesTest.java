package io.partnerportal.core.domain;

import static io.partnerportal.core.testing.SubscriptionBuilder.aCollection;
import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static io.partnerportal.core.testing.SubscriptionBuilder.anApp;
import static io.partnerportal.core.testing.SubscriptionBuilder.includedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.billing.Moves;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationRules;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.order.Orders;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.site.SiteRules;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.testing.DefaultCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of R6, R9, R10 and R12 as policies, each asked alone: what they refuse, in which words. */
class RulesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static Cancellation on(String date) {
        return Cancellation.requested(LocalDate.parse(date), CancellationReason.UNUSED, new Actor.System(), AT);
    }

    private static Product product(String code) {
        return DefaultCatalogue.products().stream().filter(p -> p.code().value().equals(code)).findFirst()
                .orElseThrow();
    }

    private static Optional<ErrorCode> code(Optional<Refusal> refusal) {
        return refusal.map(Refusal::code);
    }

    @Test
    void R9_anAppMovesWithItsHostsAndAnIncludedProductWithItsCollection() {
        Subscription jira = aProduct().build();
        Subscription collection = aCollection().build();
        Subscription included = includedIn(collection.state(), "jira").build();
        assertThat(code(Moves.refusal(anApp(jira.number()).build(), TODAY))).contains(ErrorCode.APP_MOVES_WITH_ITS_HOSTS);
        assertThat(code(Moves.refusal(included, TODAY))).contains(ErrorCode.INCLUDED_IN_COLLECTION);
        assertThat(Moves.refusal(jira, TODAY)).isEmpty();
        assertThat(Moves.refusal(collection, TODAY)).isEmpty();
    }

    @Test
    void R9_aLiveAppWithAHostStayingBehindBlocksTheMoveAndACancelledOneStays() {
        Subscription jira = aProduct().build();
        Subscription confluence = aProduct().product("confluence").build();
        Subscription both = anApp(jira.number(), confluence.number()).build();
        Subscription onJira = anApp(jira.number()).product("tempo-timesheets").build();
        SubscriptionGraph graph = new SubscriptionGraph(List.of(jira, confluence, both, onJira));
        assertThatThrownBy(() -> Moves.whatMoves(graph, jira, TODAY)).isInstanceOfSatisfying(
                RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.APP_HOST_STAYS_BEHIND);
                    assertThat(e).hasMessage(both.number() + " is also installed on " + confluence.number()
                            + ", which stays in its billing account");
                });
        Subscription cancelledBoth = anApp(jira.number(), confluence.number()).requested(on("2026-02-01")).build();
        SubscriptionGraph settled = new SubscriptionGraph(List.of(jira, confluence, cancelledBoth, onJira));
        assertThat(Moves.whatMoves(settled, jira, TODAY)).containsExactly(jira, onJira);
    }

    @Test
    void R10_aSiteNeverHostsTwoLiveSubscriptionsOfOneProduct() {
        SiteUrl acme = SiteUrl.of("acme.atlassian.net");
        Subscription live = aProduct().site(acme.value()).build();
        Subscription cancelled = aProduct().site(acme.value()).requested(on("2026-02-01")).build();
        Map<ProductCode, String> jira = Map.of(new ProductCode("jira"), "Jira");
        Optional<Refusal> taken = SiteRules.occupancy(acme, jira, List.of(live), null);
        assertThat(code(taken)).contains(ErrorCode.PRODUCT_ALREADY_ON_SITE);
        assertThat(taken.orElseThrow().message()).isEqualTo("acme.atlassian.net already has a live Jira subscription");
        assertThat(SiteRules.occupancy(acme, jira, List.of(live), live.number())).isEmpty();
        assertThat(SiteRules.occupancy(acme, jira, List.of(cancelled), null)).isEmpty();
        assertThat(SiteRules.occupancy(acme, Map.of(new ProductCode("confluence"), "Confluence"), List.of(live),
                null)).isEmpty();
    }

    @Test
    void R10_setUpIsForAProductOrCollectionNotYetSetUpAndNotCancelled() {
        Subscription jira = aProduct().build();
        Subscription collection = aCollection().build();
        assertThat(SiteRules.setUpRefusal(jira, TODAY)).isEmpty();
        assertThat(SiteRules.setUpRefusal(collection, TODAY)).isEmpty();
        assertThat(code(SiteRules.setUpRefusal(anApp(jira.number()).build(), TODAY)))
                .contains(ErrorCode.SET_UP_NOT_APPLICABLE);
        assertThat(code(SiteRules.setUpRefusal(includedIn(collection.state(), "jira").site(null).build(), TODAY)))
                .contains(ErrorCode.SET_UP_NOT_APPLICABLE);
        assertThat(code(SiteRules.setUpRefusal(aProduct().site("acme.atlassian.net").build(), TODAY)))
                .contains(ErrorCode.ALREADY_SET_UP);
        assertThat(code(SiteRules.setUpRefusal(aProduct().requested(on("2026-02-01")).build(), TODAY)))
                .contains(ErrorCode.SUBSCRIPTION_CANCELLED);
        assertThat(SiteRules.productsOnSite(product("teamwork-collection"))).extracting(ProductCode::value)
                .containsExactly("teamwork-collection", "jira", "confluence", "loom", "rovo");
    }

    @Test
    void R12_anAppsHostsAreLiveCompatibleOnOneSiteAndInTheOrdersAccount() {
        BillingAccountId account = BillingAccountId.random();
        Product scriptRunner = product("scriptrunner");
        Subscription jira = aProduct().billingAccount(account).site("acme.atlassian.net").build();
        Subscription confluence = aProduct().product("confluence").billingAccount(account)
                .site("acme.atlassian.net").build();
        assertThat(Orders.hostsSite(scriptRunner, List.of(jira, confluence), account))
                .isEqualTo(SiteUrl.of("acme.atlassian.net"));
        assertRefused(scriptRunner, List.of(aProduct().billingAccount(account).site("acme.atlassian.net")
                .requested(on("2027-01-01")).build()), account, ErrorCode.HOST_NOT_LIVE);
        assertRefused(scriptRunner, List.of(aProduct().product("loom").billingAccount(account)
                .site("acme.atlassian.net").build()), account, ErrorCode.HOST_NOT_COMPATIBLE);
        assertRefused(scriptRunner, List.of(jira), BillingAccountId.random(), ErrorCode.HOST_IN_OTHER_BILLING_ACCOUNT);
        assertRefused(scriptRunner, List.of(aProduct().billingAccount(account).build()), account,
                ErrorCode.HOST_NOT_SET_UP);
        assertRefused(scriptRunner, List.of(jira, aProduct().product("confluence").billingAccount(account)
                .site("beta.atlassian.net").build()), account, ErrorCode.HOSTS_ON_DIFFERENT_SITES);
    }

    private static void assertRefused(Product app, List<Subscription> hosts, BillingAccountId account, ErrorCode code) {
        assertThatThrownBy(() -> Orders.hostsSite(app, hosts, account)).isInstanceOfSatisfying(
                RuleRefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void R6_R7_whoMayCancelOrWithdrawIsAskedTheSameWayTheUseCasesRefuse() {
        Subscription collection = aCollection().build();
        Subscription included = includedIn(collection.state(), "jira").build();
        Subscription jira = aProduct().build();
        assertThat(code(CancellationRules.refusalForContact(collection, TODAY)))
                .contains(ErrorCode.CONTACT_BILLING_PARTNER);
        assertThat(code(CancellationRules.refusalForContact(included, TODAY)))
                .contains(ErrorCode.CONTACT_BILLING_PARTNER);
        assertThat(CancellationRules.refusalForContact(jira, TODAY)).isEmpty();
        assertThat(code(CancellationRules.refusalForPartner(included, TODAY)))
                .contains(ErrorCode.INCLUDED_IN_COLLECTION);
        assertThat(CancellationRules.refusalForPartner(collection, TODAY)).isEmpty();
        assertThat(CancellationRules.isCancellable(jira, TODAY)).isTrue();
        assertThat(CancellationRules.isWithdrawable(jira, TODAY)).isFalse();
        Subscription pending = aProduct().requested(on("2027-01-15")).build();
        assertThat(CancellationRules.isWithdrawable(pending, TODAY)).isTrue();
        assertThat(CancellationRules.isWithdrawable(aProduct().requested(on("2026-02-01")).build(), TODAY)).isFalse();
    }

    @Test
    void eachRefusalHasOneTextThatNamesWhatItIsAbout() {
        Subscription included = includedIn(aCollection().build().state(), "jira").build();
        RuleRefusedException e = CancellationRules.refusalForPartner(included, TODAY).orElseThrow().exception();
        assertThat(e).hasMessage(included.number() + " is included in " + included.orderedInCollection().get()
                + "; it is cancelled, moved and reactivated with its collection");
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.message("X", "Y", "Z")).as(code.name()).isNotBlank().doesNotContain("%");
        }
    }
}
