package io.partnerportal.core.domain;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.value.Enums;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void R1_entitlementNumbersAreGeneratedInTheirFormatAndDoNotRepeat() {
        Random random = new Random(42);
        Set<EntitlementNumber> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            EntitlementNumber n = EntitlementNumber.generate(random);
            assertThat(n.value()).matches("E-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");
            seen.add(n);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void R1_typedEntitlementNumbersAreTrimmedAndUpperCased() {
        assertThat(EntitlementNumber.parse("  e-3yt-6bg-7x9-yha ").value()).isEqualTo("E-3YT-6BG-7X9-YHA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E-3YT-6BG-7X9", "E-3YT-6BG-7X9-YHAX", "X-3YT-6BG-7X9-YHA", "E_3YT_6BG_7X9_YHA",
            "E-3YT-6BG-7X9-YH!", "E-3YT-6BG-7X9-Y\nHA", "E-3YT-6BG-7X9-YHÄ"})
    void R1_aMalformedEntitlementNumberIsAValidationError(String raw) {
        assertThatThrownBy(() -> EntitlementNumber.parse(raw)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isIn(FieldErrorCode.REQUIRED, FieldErrorCode.MALFORMED));
    }

    @Test
    void R11_emailsAreTrimmedAndComparedCaseInsensitively() {
        assertThat(EmailAddress.parse("  Ken@Example.JP ")).isEqualTo(EmailAddress.parse("ken@example.jp"));
        assertThat(EmailAddress.parse("a.b+tag@mail.example.co.jp").domain()).isEqualTo("mail.example.co.jp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ken", "ken@", "@example.com", "ken@example", "ken@@example.com",
            "ken@example.com\r\nBcc: x@evil.com", "ken @example.com", "ken@exa mple.com", "ken..x@example.com",
            ".ken@example.com", "ken@-example.com", "<ken@example.com>"})
    void aBadEmailIsRefused(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anEmailLongerThanTheStandardAllowsIsRefused() {
        String local = "a".repeat(65);
        assertThatThrownBy(() -> EmailAddress.parse(local + "@example.com")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EmailAddress.parse("a@" + "b".repeat(250) + ".com"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void R10_aSiteUrlIsANameUnderTheSiteDomain() {
        SiteUrl url = SiteUrl.parse(" ACME-Corp.atlassian.net ", "atlassian.net");
        assertThat(url.value()).isEqualTo("acme-corp.atlassian.net");
        assertThat(url.name()).isEqualTo("acme-corp");
        assertThat(SiteUrl.parse("acme", "atlassian.net").value()).isEqualTo("acme.atlassian.net");
        assertThat(SiteUrl.parse("abc", "sites.example.jp").value()).isEqualTo("abc.sites.example.jp");
        assertThat(SiteUrl.of("acme.atlassian.net")).isEqualTo(SiteUrl.parse("acme", "atlassian.net"));
        assertThat(new SiteUrl("a".repeat(63), "atlassian.net").name()).hasSize(63);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-acme", "acme-", "ac_me", "acme.other.net", "ac me", "アクメ", "a.b",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void R10_aBadSiteNameIsRefusedNamingTheRule(String raw) {
        assertThatThrownBy(() -> SiteUrl.parse(raw, "atlassian.net")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void namesAreOneTrimmedLineAndKeepMarkupAsText() {
        assertThat(new DisplayName("  <b>Ken</b> & 健  ").value()).isEqualTo("<b>Ken</b> & 健");
        assertThatThrownBy(() -> new DisplayName("Ken\r\nBcc: evil@example.com"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("line breaks");
        assertThatThrownBy(() -> new DisplayName("  ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DisplayName(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DisplayName("x".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OrganizationName("a\tb")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void localesAreEnglishOrJapanese() {
        assertThat(ContactLocale.parse("ja")).isEqualTo(ContactLocale.JA);
        assertThat(ContactLocale.parse("en").tag()).isEqualTo("en");
        assertThatThrownBy(() -> ContactLocale.parse("fr")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("en or ja");
        assertThatThrownBy(() -> ContactLocale.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void enumInputIsExactAndNamesTheAllowedValues() {
        assertThat(Enums.parse(Plan.class, "PREMIUM")).isEqualTo(Plan.PREMIUM);
        assertThatThrownBy(() -> Enums.parse(Plan.class, "premium")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("FREE, STANDARD, PREMIUM, ENTERPRISE");
        assertThatThrownBy(() -> Enums.parse(BillingCycle.class, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void productCodesAndIdsAreChecked() {
        assertThat(ProductCode.parse("teamwork-collection").value()).isEqualTo("teamwork-collection");
        assertThatThrownBy(() -> ProductCode.parse("Jira")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ProductCode.parse("jira;drop")).isInstanceOf(InvalidValueException.class);
        BillingAccountId id = BillingAccountId.random();
        assertThat(BillingAccountId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> BillingAccountId.parse("not-an-id")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PartnerId.parse("1-1-1-1-1")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theCatalogueRefusesInconsistentEntries() {
        assertThatThrownBy(() -> new Product(new ProductCode("x"), "X", SubscriptionKind.APP, ProductScope.SITE,
                java.util.List.of(), java.util.List.of(new ProductCode("jira"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Product.collection("c", "C", java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Product.app("tempo", "Tempo", java.util.List.of("jira")).acceptsHost(new ProductCode("jira")))
                .isTrue();
    }
}
