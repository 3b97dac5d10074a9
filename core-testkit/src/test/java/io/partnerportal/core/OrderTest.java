package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldError;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.order.Order;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders (R1, R10, R12) and the emails they trigger (R13). */
class OrderTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;

    @BeforeEach
    void partner() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main account");
    }

    @Test
    void R12_anOrderCreatesTheSubscriptionAsOrdered() {
        SubscriptionView jira = fx.order(partner, account, "jira").site("acme").plan("PREMIUM").cycle("MONTHLY")
                .userTier(25).start("2026-10-31").contact("ken@example.jp", "健", "ja").placeOne();
        assertThat(jira.entitlementNumber()).matches("E(-[0-9A-Z]{3}){4}");
        assertThat(jira.kind()).isEqualTo(SubscriptionKind.PRODUCT);
        assertThat(jira.product()).isEqualTo(new SubscriptionView.ProductRef("jira", "Jira"));
        assertThat(jira.plan().name()).isEqualTo("PREMIUM");
        assertThat(jira.billingCycle().name()).isEqualTo("MONTHLY");
        assertThat(jira.userTier()).isEqualTo(25);
        assertThat(jira.activeUsers()).isNull();
        assertThat(jira.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(jira.startDate()).isEqualTo(LocalDate.parse("2026-10-31"));
        assertThat(jira.termStart()).isEqualTo(jira.startDate());
        assertThat(jira.billDate()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(jira.daysUntilRenewal()).isEqualTo(7);
        assertThat(jira.cancellation()).isNull();
        assertThat(jira.billingAccountId()).isEqualTo(account);
        assertThat(jira.partner().name()).isEqualTo("Reseller");
        assertThat(jira.site()).isEqualTo("acme.atlassian.net");
        assertThat(jira.contacts()).containsExactly(new SubscriptionView.ContactView("ken@example.jp", "健", "ja"));
        assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner,
                jira.entitlementNumber()))).isEqualTo(jira);
    }

    @Test
    void R1_everyOrderGetsItsOwnEntitlementNumber() {
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(fx.order(partner, account, "jira").site("site-" + i).contact("ken@example.jp").placeOne()
                    .entitlementNumber());
        }
        assertThat(numbers).doesNotHaveDuplicates();
    }

    @Test
    void R12_aCollectionOrderCreatesTheCollectionThenOneProductPerIncludedProduct() {
        List<SubscriptionView> created = fx.order(partner, account, "teamwork-collection").site("team")
                .contact("ken@example.jp").place();
        assertThat(created).extracting(v -> v.product().code())
                .containsExactly("teamwork-collection", "jira", "confluence", "loom", "rovo");
        SubscriptionView collection = created.get(0);
        assertThat(collection.kind()).isEqualTo(SubscriptionKind.COLLECTION);
        assertThat(collection.includedProducts()).containsExactlyElementsOf(
                created.subList(1, 5).stream().map(SubscriptionView::entitlementNumber).toList());
        for (SubscriptionView p : created.subList(1, 5)) {
            assertThat(p.collection()).isEqualTo(collection.entitlementNumber());
            assertThat(p.site()).isEqualTo("team.atlassian.net");
            assertThat(p.contacts()).isEqualTo(collection.contacts());
            assertThat(p.plan()).isEqualTo(collection.plan());
        }
    }

    @Test
    void R10_anOrderNamingANewSiteCreatesItOffTheNewBillingPlatform() {
        fx.order(partner, account, "jira").site("Brand-New.atlassian.net").contact("ken@example.jp").place();
        var site = fx.storage.sites().find(SiteUrl.of("brand-new.atlassian.net")).orElseThrow();
        assertThat(site.isMigrated()).isFalse();
    }

    @Test
    void R10_anOrganizationScopeOrderNamesItsOrganizationCreatedIfAbsent() {
        SubscriptionView guard = fx.order(partner, account, "atlassian-guard").organization("ACME 株式会社")
                .contact("ken@example.jp").placeOne();
        assertThat(guard.organization()).isEqualTo("ACME 株式会社");
        assertThat(guard.site()).isNull();
        assertThat(fx.storage.organizations().find(new OrganizationName("ACME 株式会社"))).isPresent();
        fx.order(partner, account, "atlassian-guard").organization("ACME 株式会社").contact("aiko@example.jp").place();
    }

    @Test
    void R10_aSiteNeverHostsTwoLiveSubscriptionsOfOneProduct() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        assertThatThrownBy(() -> fx.order(partner, account, "jira").site("acme").contact("aiko@example.jp").place())
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRODUCT_ALREADY_ON_SITE));
        assertThatThrownBy(() -> fx.order(partner, account, "teamwork-collection").site("acme")
                .contact("aiko@example.jp").place())
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRODUCT_ALREADY_ON_SITE));
        assertThat(fx.storage.people().findByEmail(EmailAddress.parse("aiko@example.jp"))).isEmpty();
        fx.order(partner, account, "confluence").site("acme").contact("aiko@example.jp").place();
    }

    @Test
    void R12_aBadOrderNamesEveryWrongFieldAndChangesNothing() {
        // the form of every field is checked at once, before anything is looked up
        Order.Form bad = new Order.Form("not-an-id", "JIRA X", "GOLD",
                "WEEKLY", 0, "2026-02-30", "acme", "Org", List.of("E-AAA-AAA-AAA-AAA"), List.of(
                new Contact.Form("ken@", "", "fr", null),
                new Contact.Form("aiko@example.jp", "Aiko\r\nBcc: x@evil.com", "ja", null),
                new Contact.Form("AIKO@example.jp", "Aiko", "ja", null)));
        assertThatThrownBy(() -> fx.partners().order(Order.parse(partner, bad)))
                .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "billingAccountId", "product", "plan", "billingCycle", "userTier", "startDate",
                        "contacts[0].email", "contacts[0].name", "contacts[0].locale", "contacts[1].name",
                        "contacts[2].email"));
        assertThat(fx.storage.people().findByEmail(EmailAddress.parse("aiko@example.jp"))).isEmpty();
        assertThat(fx.storage.outbox().counts().pending()).isZero();
    }

    @Test
    void R12_fieldsThatDoNotFitTheProductAreRefused() {
        PortalFixture.Order siteForGuard = fx.order(partner, account, "atlassian-guard").site("acme")
                .contact("ken@example.jp");
        assertThatThrownBy(() -> siteForGuard.place()).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("siteUrl"));
        PortalFixture.Order orgForJira = fx.order(partner, account, "jira").organization("X")
                .contact("ken@example.jp");
        assertThatThrownBy(() -> orgForJira.place()).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("organization"));
        PortalFixture.Order appWithoutHosts = fx.order(partner, account, "tempo-timesheets")
                .contact("ken@example.jp");
        assertThatThrownBy(() -> appWithoutHosts.place()).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("hostEntitlementNumbers"));
        PortalFixture.Order noContacts = fx.order(partner, account, "jira");
        assertThatThrownBy(() -> noContacts.place()).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("contacts"));
        PortalFixture.Order farFuture = fx.order(partner, account, "jira").start("2030-01-01")
                .contact("ken@example.jp");
        assertThatThrownBy(() -> farFuture.place()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("startDate");
    }

    @Test
    void R12_anotherPartnersBillingAccountIsAFieldError() {
        PartnerId other = PortalFixture.id(fx.partner("Other Reseller"));
        String theirs = fx.account(other, "Theirs");
        assertThatThrownBy(() -> fx.order(partner, theirs, "jira").contact("ken@example.jp").place())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("billingAccountId"));
    }

    @Test
    void R12_anAppOrderNamesLiveCompatibleHostsOnOneSiteInTheOrdersAccount() {
        String jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        String confluence = fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        String elsewhere = fx.order(partner, account, "confluence").site("beta").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        String loom = fx.order(partner, account, "loom").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        String notSetUp = fx.order(partner, account, "jira").contact("ken@example.jp").placeOne()
                .entitlementNumber();

        SubscriptionView app = fx.order(partner, account, "scriptrunner").hosts(jira, confluence)
                .contact("ken@example.jp").placeOne();
        assertThat(app.kind()).isEqualTo(SubscriptionKind.APP);
        assertThat(app.hosts()).containsExactly(jira, confluence);
        assertThat(app.site()).isEqualTo("acme.atlassian.net");

        assertRefused(fx.order(partner, account, "tempo-timesheets").hosts(loom).contact("k@example.jp"),
                ErrorCode.HOST_NOT_COMPATIBLE);
        assertRefused(fx.order(partner, account, "drawio").hosts(jira, elsewhere).contact("k@example.jp"),
                ErrorCode.HOSTS_ON_DIFFERENT_SITES);
        assertRefused(fx.order(partner, account, "tempo-timesheets").hosts(notSetUp).contact("k@example.jp"),
                ErrorCode.HOST_NOT_SET_UP);
        String otherAccount = fx.account(partner, "Second account");
        assertRefused(fx.order(partner, otherAccount, "tempo-timesheets").hosts(jira).contact("k@example.jp"),
                ErrorCode.HOST_IN_OTHER_BILLING_ACCOUNT);
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "END_OF_TERM", null, null));
        assertRefused(fx.order(partner, account, "tempo-timesheets").hosts(jira).contact("k@example.jp"),
                ErrorCode.HOST_NOT_LIVE);
        // the same app cannot be installed twice on one site
        assertRefused(fx.order(partner, account, "scriptrunner").hosts(confluence).contact("k@example.jp"),
                ErrorCode.PRODUCT_ALREADY_ON_SITE);
    }

    @Test
    void R15_aHostThatIsNotThePartnersIsAFieldError() {
        PartnerId other = PortalFixture.id(fx.partner("Other Reseller"));
        String theirJira = fx.order(other, fx.account(other, "Theirs"), "jira").site("theirs")
                .contact("ken@example.jp").placeOne().entitlementNumber();
        assertThatThrownBy(() -> fx.order(partner, account, "tempo-timesheets").hosts(theirJira, "E-000-000-000-000")
                .contact("ken@example.jp").place()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("hostEntitlementNumbers[0]", "hostEntitlementNumbers[1]"));
    }

    private void assertRefused(PortalFixture.Order order, ErrorCode code) {
        assertThatThrownBy(order::place).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void R13_aNewContactGetsWelcomeFirstThenOneProductOrderedPerOrder() {
        fx.order(partner, account, "teamwork-collection").site("team").contact("ken@example.jp", "健", "ja").place();
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED);
        NotificationContent ordered = fx.mail.sentTo("ken@example.jp").get(1);
        assertThat(ordered.locale()).isEqualTo(ContactLocale.JA);
        assertThat(ordered.recipientName()).isEqualTo("健");
        assertThat(ordered.partnerName()).isEqualTo("Reseller");
        assertThat(ordered.subscriptions()).extracting(s -> s.productName())
                .containsExactly("Teamwork Collection", "Jira", "Confluence", "Loom", "Rovo");

        fx.order(partner, account, "jira").site("acme").contact("KEN@example.jp ", "Other name", "en").place();
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED, NotificationType.PRODUCT_ORDERED);
        assertThat(fx.mail.sentTo("ken@example.jp").get(2).locale()).isEqualTo(ContactLocale.JA);
    }
}
