package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Begin set up" (R10). */
class SetUpTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private PersonId ken;
    private String unsetJira;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").place();
        fx.order(partner, account, "atlassian-guard").organization("ACME Org").contact("ken@example.jp").place();
        fx.order(partner, account, "jira").site("someone-else").contact("aiko@example.jp").place();
        unsetJira = fx.order(partner, account, "jira").contact("ken@example.jp").placeOne().entitlementNumber();
        ken = fx.person("ken@example.jp");
    }

    private SubscriptionView setUp(String en, String existing, String newName, String org) {
        return fx.core.customerPortal().setUp(CustomerPortal.SetUp.parse(ken, en, existing, newName, org));
    }

    @Test
    void R10_aContactPicksASiteTheyAlreadySee() {
        CustomerPortal.SetUpOptions options = fx.core.customerPortal().setUpOptions(
                CustomerPortal.ViewSubscription.parse(ken, unsetJira));
        assertThat(options.scope()).isEqualTo(ProductScope.SITE);
        assertThat(options.sites()).containsExactly("acme.atlassian.net");
        assertThat(options.organizations()).containsExactly("ACME Org");
        assertThat(fx.core.customerPortal().details(CustomerPortal.ViewSubscription.parse(ken, unsetJira)).actions()
                .canBeginSetUp()).isTrue();
        SubscriptionView v = setUp(unsetJira, "acme.atlassian.net", null, null);
        assertThat(v.site()).isEqualTo("acme.atlassian.net");
        assertThat(fx.core.customerPortal().details(CustomerPortal.ViewSubscription.parse(ken, unsetJira)).actions()
                .canBeginSetUp()).isFalse();
    }

    @Test
    void R10_aSiteTheContactCannotSeeIsRefused() {
        assertThatThrownBy(() -> setUp(unsetJira, "someone-else.atlassian.net", null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("existingSite"));
        assertThatThrownBy(() -> setUp(unsetJira, null, "someone-else", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("newSiteName"));
    }

    @Test
    void R10_aNewSiteIsValidatedAndCreated() {
        assertThatThrownBy(() -> setUp(unsetJira, null, "-bad-", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("newSiteName"));
        assertThatThrownBy(() -> setUp(unsetJira, null, null, null)).isInstanceOf(ValidationException.class);
        SubscriptionView v = setUp(unsetJira, null, "Ken-New", null);
        assertThat(v.site()).isEqualTo("ken-new.atlassian.net");
        assertThat(fx.storage.sites().find(SiteUrl.of("ken-new.atlassian.net")).orElseThrow().isMigrated())
                .isFalse();
    }

    @Test
    void R10_onceSetUpItCannotBeChanged() {
        setUp(unsetJira, null, "first", null);
        assertThatThrownBy(() -> setUp(unsetJira, "acme.atlassian.net", null, null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_SET_UP));
    }

    @Test
    void R10_aSiteCannotHostTwoLiveSubscriptionsOfTheSameProduct() {
        fx.order(partner, account, "jira").site("acme").contact("aiko@example.jp").place();
        assertThatThrownBy(() -> setUp(unsetJira, "acme.atlassian.net", null, null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRODUCT_ALREADY_ON_SITE));
    }

    @Test
    void R10_anOrganizationScopeProductPicksAnOrganizationTheContactSees() {
        String guard = fx.order(partner, account, "atlassian-guard").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        assertThatThrownBy(() -> setUp(guard, null, "new-site", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> setUp(guard, null, null, "Other Org"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("organization"));
        assertThat(setUp(guard, null, null, "ACME Org").organization()).isEqualTo("ACME Org");
    }

    @Test
    void R10_aCollectionIsSetUpOnceForAllItsIncludedProducts() {
        List<SubscriptionView> created = fx.order(partner, account, "teamwork-collection").contact("ken@example.jp")
                .place();
        assertThatThrownBy(() -> setUp(created.get(1).entitlementNumber(), null, "team", null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SET_UP_NOT_APPLICABLE));
        setUp(created.get(0).entitlementNumber(), null, "team", null);
        for (SubscriptionView p : created) {
            assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner,
                    p.entitlementNumber())).site()).isEqualTo("team.atlassian.net");
        }
    }

    @Test
    void R10_aCollectionSetUpIsRefusedWhenAnIncludedProductIsLiveOnTheSite() {
        List<SubscriptionView> created = fx.order(partner, account, "teamwork-collection").contact("ken@example.jp")
                .place();
        assertThatThrownBy(() -> setUp(created.get(0).entitlementNumber(), "acme.atlassian.net", null, null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRODUCT_ALREADY_ON_SITE));
        for (SubscriptionView p : created) {
            assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner,
                    p.entitlementNumber())).site()).isNull();
        }
    }

    @Test
    void R10_appsHaveNoSetUpOfTheirOwn() {
        String confluence = fx.order(partner, account, "confluence").site("wiki").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        String drawio = fx.order(partner, account, "drawio").hosts(confluence).contact("ken@example.jp").placeOne()
                .entitlementNumber();
        assertThatThrownBy(() -> setUp(drawio, null, "x-site", null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SET_UP_NOT_APPLICABLE));
    }
}
