package io.partnerportal.adapters.mail;

import static io.partnerportal.adapters.mail.Snapshots.complete;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.WithdrawalNote;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R13: what each email says, in English and Japanese. */
class EmailTemplatesTest {
    private final EmailTemplates templates = new EmailTemplates(Snapshots.BASE);

    private RenderedEmail en(NotificationType type) {
        return templates.render(complete(type, ContactLocale.EN));
    }

    private RenderedEmail ja(NotificationType type) {
        return templates.render(complete(type, ContactLocale.JA));
    }

    @Test
    void englishAndJapaneseHaveTheSameTexts() {
        assertThat(Texts.of(ContactLocale.JA).keys()).isEqualTo(Texts.of(ContactLocale.EN).keys());
        assertThat(Texts.of(ContactLocale.EN).keys()).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyTypeRendersInBothLanguages(NotificationType type) {
        RenderedEmail en = en(type);
        RenderedEmail ja = ja(type);
        assertThat(en.subject()).isNotBlank().doesNotContain("{", "}");
        assertThat(ja.subject()).isNotBlank().doesNotContain("{", "}").isNotEqualTo(en.subject());
        assertThat(en.text()).startsWith("Hello Ken Sato,").doesNotContain("{", "}");
        assertThat(ja.text()).startsWith("Ken Sato 様").doesNotContain("{", "}", "Hello");
        assertThat(en.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "Hello Ken Sato,");
        assertThat(ja.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">", "Ken Sato 様");
        assertThat(en.fromName()).isEqualTo("Partner Subscriptions Portal");
        assertThat(ja.fromName()).isEqualTo("パートナー管理サブスクリプション ポータル");
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void everyLinkInTheTextIsAlsoInTheHtml(NotificationType type) {
        RenderedEmail email = en(type);
        List<String> links = FileNotificationSender.links(email.text());
        assertThat(links).isNotEmpty().allMatch(l -> l.startsWith("https://portal.example/"));
        links.forEach(l -> assertThat(email.html()).contains("href=\"" + l + "\""));
    }

    @Test
    void R7_aCancellationEmailSaysWhoCanWithdrawItAndPromisesNothingElse() {
        NotificationContent scheduled = complete(NotificationType.CANCELLATION_SCHEDULED, ContactLocale.EN);
        String none = templates.render(scheduled).text();
        assertThat(none).doesNotContain("withdraw");
        assertThat(templates.render(scheduled.withWithdrawal(WithdrawalNote.IN_PORTAL)).text())
                .contains("Until then you can withdraw the cancellation in the portal.");
        assertThat(templates.render(scheduled.withWithdrawal(WithdrawalNote.ASK_PARTNER)).text())
                .contains("Only your billing partner, Example Reseller, can withdraw this cancellation")
                .doesNotContain("in the portal.");
        assertThat(templates.render(scheduled.withWithdrawal(WithdrawalNote.WITH_HOST)).text())
                .contains("Your apps cancelled with Jira come back if its cancellation is withdrawn.");
        NotificationContent japanese = complete(NotificationType.CANCELLATION_SCHEDULED, ContactLocale.JA);
        assertThat(templates.render(japanese.withWithdrawal(WithdrawalNote.ASK_PARTNER)).text())
                .contains("このキャンセルを取り消せるのは請求パートナー (Example Reseller) だけです。");
    }

    @Test
    void R17_aRenewalReminderNamesTheDateThePlanTheTierAndThePartnerInBothLanguages() {
        RenderedEmail en = en(NotificationType.RENEWAL_REMINDER);
        assertThat(en.subject()).isEqualTo("Jira renews on March 31, 2027");
        assertThat(en.text()).contains("renews on March 31, 2027", "Example Reseller", "E-3YT-6BG-7X9-YHA");
        RenderedEmail ja = ja(NotificationType.RENEWAL_REMINDER);
        assertThat(ja.subject()).isEqualTo("Jira は 2027年3月31日 に更新されます");
        assertThat(ja.text()).contains("2027年3月31日", "Example Reseller");
        assertThat(en(NotificationType.START_REMINDER).subject()).isEqualTo("Jira starts on March 31, 2027");
    }

    @Test
    void welcomeGreetsThePersonAndLinksToTheSignInPage() {
        RenderedEmail email = en(NotificationType.WELCOME);
        assertThat(email.subject()).isEqualTo("Welcome to the Partner Subscriptions Portal");
        assertThat(email.text()).contains("Hello Ken Sato,", "ken@example.jp");
        assertThat(FileNotificationSender.links(email.text())).containsExactly("https://portal.example/login");
    }

    @Test
    void aSignInLinkOpensTheLoginPageWithItsTokenAndSaysWhenItExpires() {
        RenderedEmail email = en(NotificationType.SIGN_IN_LINK);
        assertThat(FileNotificationSender.links(email.text()))
                .containsExactly("https://portal.example/login/tok-EN_123");
        assertThat(email.text()).contains("15 minutes", "November 23, 2026, 09:15 UTC");
        assertThat(ja(NotificationType.SIGN_IN_LINK).text()).as("R24: a Japanese reader's default is Tokyo")
                .contains("15 分", "2026年11月23日 18:15 (Asia/Tokyo)");
    }

    @Test
    void R24_timesInAnEmailFollowTheRecipientsZoneAndNameIt() {
        NotificationContent paris = complete(NotificationType.SIGN_IN_LINK, ContactLocale.EN)
                .withTimeZone(java.time.ZoneId.of("Europe/Paris"));
        NotificationContent utc = complete(NotificationType.SIGN_IN_LINK, ContactLocale.JA)
                .withTimeZone(java.time.ZoneOffset.UTC);

        assertThat(templates.render(paris).text()).contains("November 23, 2026, 10:15 Europe/Paris")
                .doesNotContain("UTC");
        assertThat(templates.render(paris).html()).contains("November 23, 2026, 10:15 Europe/Paris");
        assertThat(templates.render(utc).text()).contains("2026年11月23日 09:15 (UTC)");
    }

    @Test
    void theSubjectTheEmailLogKeepsIsTheOneTheEmailIsSentWith() {
        MimeComposer composer = new MimeComposer(Snapshots.settings(), java.time.Clock.systemUTC());
        for (ContactLocale locale : ContactLocale.values()) {
            NotificationContent reminder = complete(NotificationType.RENEWAL_REMINDER, locale);
            assertThat(composer.subject(reminder)).isEqualTo(templates.render(reminder).subject());
        }
        assertThat(composer.subject(complete(NotificationType.RENEWAL_REMINDER, ContactLocale.EN)))
                .startsWith("Jira renews on ");
        assertThat(composer.subject(complete(NotificationType.RENEWAL_REMINDER, ContactLocale.JA)))
                .startsWith("Jira は ").endsWith("に更新されます");
    }

    @Test
    void anOrderListsWhatWasOrderedWithItsDetailsAndThePartner() {
        RenderedEmail email = en(NotificationType.PRODUCT_ORDERED);
        assertThat(email.subject()).isEqualTo("New subscription: Jira");
        assertThat(email.text()).contains("Example Reseller ordered", "Jira", "E-3YT-6BG-7X9-YHA", "Standard",
                "Annual", "1,500 users", "January 15, 2027", "acme.atlassian.net");
        assertThat(FileNotificationSender.links(email.text()))
                .containsExactly("https://portal.example/subscriptions/E-3YT-6BG-7X9-YHA");
        assertThat(ja(NotificationType.PRODUCT_ORDERED).text()).contains("2027年1月15日", "年払い", "1,500 ユーザー",
                "Example Reseller");
    }

    @Test
    void aMoveNamesBothBillingAccountsAndTheMovedSubscriptions() {
        RenderedEmail email = en(NotificationType.BILLING_ACCOUNT_CHANGED);
        assertThat(email.text()).contains("“ACME Tokyo”", "“ACME Osaka”", "Jira (E-3YT-6BG-7X9-YHA)",
                "Tempo Timesheets (E-TMP-000-000-001)");
        assertThat(ja(NotificationType.BILLING_ACCOUNT_CHANGED).text()).contains("「ACME Tokyo」から", "「ACME Osaka」に");
    }

    @Test
    void aSiteMigrationNamesTheSiteAndTheDate() {
        RenderedEmail email = en(NotificationType.SITE_MIGRATED);
        assertThat(email.subject()).isEqualTo("acme.atlassian.net moved to the new billing platform");
        assertThat(email.text()).contains("On November 23, 2026, your site acme.atlassian.net moved");
        assertThat(ja(NotificationType.SITE_MIGRATED).text()).contains("2026年11月23日、サイト acme.atlassian.net");
    }

    @Test
    void aScheduledCancellationNamesItsDateWhatGoesWithItWhatStaysAndWhatIsKept() {
        RenderedEmail email = en(NotificationType.CANCELLATION_SCHEDULED);
        assertThat(email.subject()).isEqualTo("Jira will be cancelled on March 31, 2027");
        assertThat(email.text()).containsSubsequence(
                "Jira (E-3YT-6BG-7X9-YHA) will be cancelled on March 31, 2027",
                "Cancelled with it", "Tempo Timesheets (E-TMP-000-000-001) on acme.atlassian.net",
                "Apps that stay", "draw.io (E-DRW-000-000-002)",
                "Products that continue as separate subscriptions", "Loom (E-LOM-000-000-003)");
        assertThat(ja(NotificationType.CANCELLATION_SCHEDULED).subject()).isEqualTo("Jira は 2027年3月31日 にキャンセルされます");
    }

    @Test
    void aCancellationThatTookEffectAndAWithdrawalSayWhatHappened() {
        assertThat(en(NotificationType.CANCELLED).text()).contains("was cancelled on March 31, 2027",
                "Tempo Timesheets", "draw.io", "Loom");
        assertThat(en(NotificationType.CANCELLATION_WITHDRAWN).text()).contains("planned for March 31, 2027, was withdrawn",
                "No longer cancelled with it", "Tempo Timesheets", "Products that stay in the collection", "Loom");
        assertThat(en(NotificationType.CANCELLATION_WITHDRAWN).text()).contains("Example Reseller");
    }

    @Test
    void aReactivationNamesTheSubscriptionAndWhatCameBackWithIt() {
        RenderedEmail email = en(NotificationType.REACTIVATED);
        assertThat(email.subject()).isEqualTo("Jira is active again");
        assertThat(email.text()).containsSubsequence("Vendor support reactivated Jira (E-3YT-6BG-7X9-YHA)",
                "Reactivated with it", "Tempo Timesheets (E-TMP-000-000-001)");
    }

    @Test
    void anAddedContactLearnsWhichSubscription() {
        RenderedEmail email = en(NotificationType.CONTACT_ADDED);
        assertThat(email.subject()).isEqualTo("You were added to Jira");
        assertThat(email.text()).contains("E-3YT-6BG-7X9-YHA", "Billing partner: Example Reseller");
    }

    @Test
    void aSubscriptionNotSetUpYetSaysSo() {
        NotificationContent c = NotificationContent.of(NotificationType.CONTACT_ADDED, new EmailAddress("ken@example.jp"),
                "Ken", ContactLocale.EN).withSubscriptions(List.of(Snapshots.LOOM));
        assertThat(templates.render(c).text()).contains("Site or organization: Not set up yet");
    }

    @Test
    void linksFollowTheConfiguredBaseUrlEvenBelowAPath() {
        EmailTemplates below = new EmailTemplates(URI.create("https://example.com/portal/"));
        RenderedEmail email = below.render(complete(NotificationType.CONTACT_ADDED, ContactLocale.EN));
        assertThat(FileNotificationSender.links(email.text()))
                .containsExactly("https://example.com/portal/subscriptions/E-3YT-6BG-7X9-YHA");
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void aSnapshotMissingDetailsStillSaysWhatHappenedAndWhereToLook(NotificationType type) {
        for (ContactLocale locale : ContactLocale.values()) {
            NotificationContent bare = NotificationContent.of(type, new EmailAddress("ken@example.jp"), "Ken", locale);
            RenderedEmail email = templates.render(bare);
            assertThat(email.subject()).isNotBlank();
            assertThat(FileNotificationSender.links(email.text())).isNotEmpty()
                    .allMatch(l -> l.startsWith("https://portal.example/"));
        }
        NotificationContent noDate = NotificationContent.of(NotificationType.CANCELLED, new EmailAddress("ken@example.jp"),
                "Ken", ContactLocale.EN).withSubscriptions(List.of(Snapshots.JIRA));
        assertThat(templates.render(noDate).subject()).isEqualTo("Subscription cancelled");
        assertThat(templates.render(noDate).text()).contains("You can see the details in the portal.",
                "https://portal.example/subscriptions");
    }

    @Test
    void R23_thePartnersEmailSaysWhoAskedWhatAndHowToAnswer() {
        RenderedEmail en = en(NotificationType.PARTNER_REQUEST);
        assertThat(en.subject()).isEqualTo("Request from a customer: Change the plan, users or billing cycle for Jira");
        assertThat(en.text()).contains("ken@example.jp", "Premium", "100 users", "We are growing <fast>",
                "POST /api/v1/requests/3b0e6f7a-2c1d-4e5f-8a9b-0c1d2e3f4a5b/resolution",
                "billing partner in the Partner Subscriptions Portal");
        assertThat(en.html()).contains("We are growing &lt;fast&gt;").doesNotContain("<fast>");
        assertThat(ja(NotificationType.PARTNER_REQUEST).text()).contains("プラン・ユーザー数・請求サイクルの変更");
    }

    @Test
    void R23_theContactHearsTheAnswerAndTheNote() {
        RenderedEmail en = en(NotificationType.REQUEST_RESOLVED);
        assertThat(en.subject()).isEqualTo("Your request about Jira is done");
        assertThat(en.text()).contains("Example Reseller answered your request", "Premium from today",
                "https://portal.example/requests");
        assertThat(ja(NotificationType.REQUEST_RESOLVED).subject()).isEqualTo("Jira についての依頼: 対応済み");
    }
}
