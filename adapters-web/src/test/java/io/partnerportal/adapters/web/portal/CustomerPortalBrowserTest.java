package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.partner.PartnerOperations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Ken in a real headless Chromium: signs in through the emailed link, goes through the tabs and the
 * details, sets a product up, cancels one after seeing which apps go with it and withdraws, adds
 * and removes a contact, cancels an app, sees a collection refuse, reads everything in Japanese,
 * and cannot be tricked into posting a forged form. Every page shown is checked with axe-core (no
 * serious or critical violation) and at a phone's width (no sideways scrolling), and its HTML is
 * kept for one run of the Nu Html Checker; screenshots of the main pages go to
 * {@code target/screenshots}. One browser serves the whole class; each test starts from the page it
 * needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerPortalBrowserTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));

    private PageCheckers checkers;
    private TestPortal portal;
    private Browser browser;
    private PortalScenario s;
    private final Map<String, String> shown = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        checkers = PageCheckers.require();
        portal = TestPortal.start(settings -> settings.withDevMailbox(true));
        s = portal.s;
        browser = Browser.start(portal.base, true);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    // ---- helpers ----

    /** Checks the page shown (axe-core, a phone's width) and keeps its HTML for the Nu Html Checker. */
    private void check(String name) {
        assertThat(checkers.seriousAccessibilityViolations(browser.driver)).as("axe-core on " + name).isEmpty();
        browser.resize(Browser.PHONE);
        try {
            assertThat(browser.fitsWidth()).as(name + " scrolls sideways at 375 px").isTrue();
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        shown.put(name + "-" + shown.size(), browser.source());
    }

    private void screenshot(String name) {
        browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
    }

    private void signedIn() {
        if (browser.driver.manage().getCookieNamed("portal_session") == null) {
            browser.open("/login");
            browser.type("email", KEN);
            browser.press("Email me a sign-in link");
            browser.open("/login/" + portal.signInToken(KEN));
            browser.press("Sign in");
        }
    }

    private void inEnglish() {
        browser.open("/language?lang=en&back=/subscriptions");
    }

    private static String page(SubscriptionView v) {
        return "/subscriptions/" + v.entitlementNumber();
    }

    private void openDetails(SubscriptionView v) {
        signedIn();
        inEnglish();
        browser.open(page(v));
    }

    private By linkTo(SubscriptionView v) {
        return By.cssSelector("main a[href='" + page(v) + "']");
    }

    // ---- what Ken does ----

    @Test
    @Order(1)
    void kenSignsInThroughTheEmailedLink() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        check("login");
        screenshot("en-login");
        browser.type("email", KEN);
        browser.press("Email me a sign-in link");
        assertThat(browser.text()).contains("a sign-in link is on its way");
        check("login-sent");

        browser.open("/login/" + portal.signInToken(KEN));
        assertThat(browser.heading()).isEqualTo("Sign in to the portal");
        assertThat(browser.driver.manage().getCookieNamed("portal_session")).isNull();
        check("sign-in-link");
        browser.press("Sign in");

        assertThat(browser.path()).isEqualTo("/subscriptions");
        assertThat(browser.heading()).isEqualTo("Your subscriptions");
        assertThat(browser.driver.manage().getCookieNamed("portal_session").isHttpOnly()).isTrue();
        check("list-active");
        screenshot("en-list");
        browser.resize(Browser.PHONE);
        screenshot("en-list-phone");
        browser.resize(Browser.DESKTOP);
    }

    @Test
    @Order(2)
    void theTabsShowActiveInactiveAndUpcomingSubscriptions() {
        signedIn();
        inEnglish();
        assertThat(browser.text()).contains("Jira", "Confluence", "Renews in 365 days", "Acme");
        assertThat(browser.driver.findElements(linkTo(s.rovo))).isEmpty();

        browser.clickLink("Inactive");
        assertThat(browser.path()).isEqualTo("/subscriptions?tab=inactive");
        assertThat(browser.find(linkTo(s.rovo)).getText()).isEqualTo("Rovo");
        assertThat(browser.text()).contains("Inactive");
        check("list-inactive");

        browser.clickLink("Upcoming");
        assertThat(browser.find(linkTo(s.loom)).getText()).isEqualTo("Loom");
        assertThat(browser.text()).contains("Starts in 30 days", "Upcoming");
        check("list-upcoming");

        browser.clickLink("Active");
        assertThat(browser.find(linkTo(s.jira)).getText()).isEqualTo("Jira");
    }

    @Test
    @Order(3)
    void theDetailsShowTheSubscriptionItsContactsAppsAndHistory() {
        signedIn();
        inEnglish();
        browser.clickAndWait(browser.find(linkTo(s.jira)));

        assertThat(browser.heading()).isEqualTo("Jira");
        assertThat(browser.text()).contains("acme.atlassian.net", s.jira.entitlementNumber(), "Bill date",
                "November 23, 2027", "Annual", "Standard", "Acme", "Tempo Timesheets", "ScriptRunner");
        check("details");
        screenshot("en-details");

        browser.clickLink("Key contacts");
        assertThat(browser.text()).contains("billing@acme.example", "Ken", "ken@example.jp", "Yuki", "日本語");
        check("contacts");
        screenshot("en-contacts");

        browser.clickLink("Installed apps");
        assertThat(browser.find(linkTo(s.tempo)).getText()).isEqualTo("Tempo Timesheets");
        assertThat(browser.find(linkTo(s.scriptRunner)).getText()).isEqualTo("ScriptRunner");
        check("apps");
        screenshot("en-apps");

        browser.clickLink("History");
        assertThat(browser.text()).contains("Ordered", "The billing partner");
        check("history");
    }

    @Test
    @Order(4)
    void kenBeginsSetUpWithANewSite() {
        openDetails(s.serviceManagement);
        assertThat(browser.text()).contains("Not set up yet");

        browser.clickLink("Begin set up");
        assertThat(browser.heading()).isEqualTo("Set up Jira Service Management");
        check("setup");
        screenshot("en-setup");
        browser.type("newSiteName", "-bad-");
        browser.press("Create the site and set up");
        assertThat(browser.text()).contains("Enter a site name of 3 to 63 lowercase letters");
        check("setup-invalid");
        browser.type("newSiteName", "ken-service");
        browser.press("Create the site and set up");

        assertThat(browser.path()).isEqualTo(page(s.serviceManagement) + "?done=set-up");
        assertThat(browser.text()).contains("The subscription is set up.", "ken-service.atlassian.net")
                .doesNotContain("Begin set up");
        check("details-set-up");
    }

    @Test
    @Order(5)
    void kenCancelsAProductAfterSeeingWhichAppsGoWithItThenWithdraws() {
        openDetails(s.jira);
        browser.clickLink("Cancel");

        assertThat(browser.heading()).isEqualTo("Cancel Jira");
        assertThat(browser.find(By.xpath("//h3[.='Cancelled with it']/following-sibling::ul[1]")).getText())
                .contains("Tempo Timesheets").doesNotContain("ScriptRunner");
        assertThat(browser.find(By.xpath("//h3[.='Apps that stay']/following-sibling::ul[1]")).getText())
                .contains("ScriptRunner", s.scriptRunner.entitlementNumber());
        assertThat(browser.text()).contains("Jira ends on November 23, 2027.");
        check("cancel-preview");
        screenshot("en-cancel-preview");

        browser.find(By.id("when-IMMEDIATE")).click();
        browser.press("Show what happens");
        assertThat(browser.text()).contains("Jira ends on November 23, 2026.");
        browser.find(By.id("when-END_OF_TERM")).click();
        browser.press("Show what happens");
        new Select(browser.find(By.id("reason"))).selectByValue("UNUSED");
        browser.press("Cancel subscription");

        assertThat(browser.path()).isEqualTo(page(s.jira) + "?done=cancellation-scheduled");
        assertThat(browser.text()).contains("The cancellation is scheduled.", "Cancels on November 23, 2027",
                "Not used");
        check("details-cancelling");
        browser.open(page(s.tempo));
        assertThat(browser.text()).contains("Cancels on November 23, 2027");

        browser.open(page(s.jira));
        browser.press("Withdraw cancellation");
        assertThat(browser.text()).contains("The cancellation is withdrawn.").doesNotContain("Cancels on");
        browser.open(page(s.tempo));
        assertThat(browser.text()).doesNotContain("Cancels on");
    }

    @Test
    @Order(6)
    void kenAddsAndRemovesAContactButNeverTheLast() {
        openDetails(s.confluence);
        browser.clickLink("Key contacts");
        browser.clickLink("Manage contacts");
        check("contacts-manage");

        browser.type("email", "aiko@example.jp");
        browser.type("name", "Aiko <b>");
        new Select(browser.find(By.id("locale"))).selectByValue("ja");
        browser.press("Add contact");
        assertThat(browser.text()).contains("The contact is added.", "Aiko <b>", "aiko@example.jp");

        browser.press("Remove Aiko <b>");
        assertThat(browser.text()).contains("The contact is removed.").doesNotContain("aiko@example.jp");

        // R11, R19: removing the last contact would be refused, so no button offers it (PortalChangesTest
        // posts it anyway and sees the refusal)
        assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Remove Ken']"))).isEmpty();
        assertThat(browser.text()).contains("ken@example.jp");
        check("contacts-last-kept");
    }

    @Test
    @Order(7)
    void kenOpensAnAppAndCancelsIt() {
        openDetails(s.confluence);
        browser.clickLink("Installed apps");
        browser.clickAndWait(browser.find(linkTo(s.drawio)));

        assertThat(browser.heading()).isEqualTo("draw.io");
        assertThat(browser.find(By.xpath("//h2[.='Installed on']/following-sibling::ul[1]")).getText())
                .contains("Confluence");
        assertThat(browser.text()).contains("acme.atlassian.net", "Bill date", "Active users");
        check("app-details");
        screenshot("en-app");

        browser.clickLink("Cancel");
        browser.find(By.id("when-IMMEDIATE")).click();
        browser.press("Show what happens");
        browser.press("Cancel subscription");

        assertThat(browser.text()).contains("The subscription is cancelled.", "Inactive");
        assertThat(browser.driver.findElements(By.linkText("Cancel"))).isEmpty();
    }

    @Test
    @Order(8)
    void aCollectionAndItsProductsSendKenToTheBillingPartner() {
        openDetails(s.collection);

        assertThat(browser.driver.findElements(By.linkText("Cancel"))).isEmpty();
        assertThat(browser.text()).contains("contact your billing partner, Acme (billing@acme.example)");
        check("collection");

        browser.open(page(s.included));
        assertThat(browser.driver.findElements(By.linkText("Cancel"))).isEmpty();
        assertThat(browser.text()).contains("contact your billing partner");

        browser.open(page(s.collection) + "/cancel");
        assertThat(browser.text()).contains("contact your billing partner")
                .doesNotContain("Cancel subscription");
        check("collection-cancel");
    }

    @Test
    @Order(9)
    void kenSwitchesToJapaneseAndEveryPageIsInJapanese() {
        signedIn();
        inEnglish();
        browser.clickLink("日本語");
        assertThat(browser.path()).startsWith("/subscriptions");
        assertThat(browser.heading()).isEqualTo("サブスクリプション");
        List<String> english = List.of("Sign out", "Profile", "Subscriptions", "Key contacts", "Billing partner",
                "Renews", "Details", "Cancel", "Active", "Language");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("list", "/subscriptions");
        pages.put("details", page(s.jira));
        pages.put("contacts", page(s.jira) + "/contacts?manage=true");
        pages.put("apps", page(s.jira) + "/apps");
        pages.put("history", page(s.jira) + "/history");
        pages.put("setup", page(s.guardToSetUp) + "/setup");
        pages.put("cancel-preview", page(s.confluence) + "/cancel");
        pages.put("profile", "/profile");
        pages.put("emails", "/emails");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            browser.open(p.getValue());
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as(p.getKey()).isEqualTo("ja");
            assertThat(browser.text()).as(p.getKey()).contains("サインアウト").doesNotContain(english);
            check("ja-" + p.getKey());
            screenshot("ja-" + p.getKey());
        }
        browser.open(page(s.jira));
        assertThat(browser.text()).contains("2027年11月23日", "年払い", "エンタイトルメント番号");

        browser.clickLink("English");
        assertThat(browser.text()).contains("Sign out");
    }

    @Test
    @Order(10)
    void kenKeepsHisProfile() {
        signedIn();
        inEnglish();
        browser.clickLink("Profile");
        assertThat(browser.heading()).isEqualTo("Your profile");
        check("profile");
        screenshot("en-profile");

        browser.type("name", "Ken Sato");
        browser.press("Save");

        assertThat(browser.text()).contains("Your profile is saved.");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Ken Sato");

        browser.clickLink("See the emails sent to you");
        assertThat(browser.heading()).isEqualTo("Emails sent to you");
        check("emails");
    }

    @Test
    @Order(11)
    void aForgedFormIsRefusedAndChangesNothing() {
        signedIn();
        inEnglish();
        browser.open("/profile");
        String name = browser.find(By.id("name")).getAttribute("value");
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('main form input[name=csrf]').remove();");
        browser.type("name", "Mallory");
        browser.press("Save");

        assertThat(browser.heading()).isEqualTo("This form was refused");
        check("forbidden");

        String forged = "<!DOCTYPE html><title>Win</title><form method=post action='" + portal.base + "/profile'>"
                + "<input name=name value=Mallory><input name=locale value=en><input name=csrf value=guess>"
                + "<button id=go>Go</button></form>";
        browser.driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(forged, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        browser.click(By.id("go"));
        assertThat(browser.heading()).isEqualTo("This form was refused");

        browser.open("/profile");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
    }

    @Test
    @Order(12)
    void kenSignsOut() {
        signedIn();
        inEnglish();

        browser.press("Sign out");

        assertThat(browser.path()).isEqualTo("/login?done=signed-out");
        assertThat(browser.text()).contains("You are signed out.");
        browser.open("/subscriptions");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    @Order(13)
    void R19_yukiAViewerSeesNoCancelButtonInEitherLanguage() {
        portal.fx.partners().assignContact(PartnerOperations.AssignContact.parse(s.acme, s.jira.entitlementNumber(),
                new Contact.Form(PortalScenario.YUKI, "Yuki", "ja", "VIEWER")));
        browser.open("/login");
        browser.type("email", PortalScenario.YUKI);
        browser.press("Email me a sign-in link");
        browser.open("/login/" + portal.signInToken(PortalScenario.YUKI));
        browser.press("Sign in");
        for (String lang : List.of("en", "ja")) {
            browser.open("/language?lang=" + lang + "&back=/subscriptions");
            browser.open(page(s.jira));
            assertThat(browser.driver.findElements(By.cssSelector("main a[href$='/cancel']"))).as(lang).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("main a[href$='/setup'], main form[action$='/withdraw']")))
                    .as(lang).isEmpty();
            assertThat(browser.text()).contains(lang.equals("en") ? "Viewer" : "閲覧者");
            check(lang + "-details-viewer");
            browser.open(page(s.jira) + "/contacts?manage=true");
            assertThat(browser.driver.findElements(By.cssSelector("main form[action$='/contacts/remove']"))).isEmpty();
            assertThat(browser.text()).contains(lang.equals("en") ? "Manager" : "管理者");
            check(lang + "-contacts-viewer");
            browser.open(page(s.jira) + "/cancel");
            check(lang + "-cancel-viewer");
        }
        browser.open("/language?lang=en&back=/subscriptions");
        browser.press("Sign out");
    }

    @Test
    @Order(14)
    void R18_anUnsubscribeLinkAsksThenSwitchesTheEmailOffInEitherLanguage() {
        for (String lang : List.of("en", "ja")) {
            String link = "/unsubscribe/" + new UnsubscribeToken(portal.fx.person(PortalScenario.YUKI),
                    lang.equals("en") ? NotificationType.CONTACT_ADDED : NotificationType.SITE_MIGRATED)
                    .sign(portal.fx.storage.signingKeys().key(UnsubscribeToken.PURPOSE));
            browser.open("/language?lang=" + lang + "&back=/login");
            browser.open(link);
            check(lang + "-unsubscribe");
            browser.click(By.cssSelector("main form button"));
            assertThat(browser.find(By.tagName("h1")).getText())
                    .isEqualTo(lang.equals("en") ? "You will no longer get these emails" : "このメールは今後送信されません");
            check(lang + "-unsubscribed");
        }
        assertThat(portal.fx.core.customerPortal().preferences(portal.fx.person(PortalScenario.YUKI)))
                .containsExactlyInAnyOrder(NotificationType.CONTACT_ADDED, NotificationType.SITE_MIGRATED);
        browser.open("/language?lang=en&back=/login");
    }

    @Test
    @Order(15)
    void kenSearchesHisListAndEachTabCountsWhatIsFoundInEitherLanguage() {
        signedIn();
        for (String lang : List.of("en", "ja")) {
            browser.open("/language?lang=" + lang + "&back=/subscriptions");
            browser.type("q", "acme");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("product"))).selectByValue("jira");
            browser.press(lang.equals("en") ? "Search" : "検索");
            assertThat(browser.path()).startsWith("/subscriptions?tab=active&q=acme").contains("product=jira");
            assertThat(browser.find(By.id("count-active")).getText()).startsWith("1");
            assertThat(browser.find(By.id("count-inactive")).getText()).startsWith("0");
            assertThat(browser.find(linkTo(s.jira)).getText()).isEqualTo("Jira");
            assertThat(browser.driver.findElements(linkTo(s.confluence))).isEmpty();
            assertThat(browser.find(By.id("q")).getAttribute("value")).isEqualTo("acme");
            check(lang + "-list-search");
            screenshot(lang + "-list-search");

            browser.clickLink(lang.equals("en") ? "Upcoming" : "開始予定");
            assertThat(browser.path()).isEqualTo("/subscriptions?tab=upcoming&q=acme&product=jira");
            assertThat(browser.text()).contains(lang.equals("en") ? "No subscriptions in this tab match your search."
                    : "このタブには検索に一致するサブスクリプションはありません。");
            check(lang + "-list-search-empty");
            browser.clickLink(lang.equals("en") ? "Clear the search" : "検索をクリア");
            assertThat(browser.path()).isEqualTo("/subscriptions?tab=upcoming");
            assertThat(browser.find(linkTo(s.loom)).getText()).isEqualTo("Loom");
        }
        inEnglish();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyPageShownIsValidHtml() {
        signedIn();
        inEnglish();
        browser.open("/nowhere");
        check("not-found");
        browser.open(page(s.otherJira));
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.open("/dev/mailbox");
        check("mailbox");

        Map<String, List<String>> errors = checkers.htmlErrors(shown, Path.of("target/browser-pages"));

        assertThat(shown).hasSizeGreaterThan(2);
        assertThat(errors).as("errors of the Nu Html Checker, by page").isEmpty();
    }
}
