package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.SubscriptionView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Everything works with JavaScript switched off in the browser: signing in, the tabs, a
 * cancellation with its preview, withdrawing it, adding a contact, setting up on an organization,
 * the language switch and signing out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithoutJavaScriptBrowserTest {
    private TestPortal portal;
    private Browser browser;
    private PortalScenario s;

    @BeforeAll
    void start() {
        portal = TestPortal.start();
        s = portal.s;
        browser = Browser.start(portal.base, false);
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

    private static String page(SubscriptionView v) {
        return "/subscriptions/" + v.entitlementNumber();
    }

    @Test
    void theBrowserRunsNoScript() {
        browser.driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");

        assertThat(browser.driver.getTitle()).isEqualTo("off");
    }

    @Test
    void kenDoesEverythingWithoutJavaScript() {
        browser.open("/login");
        browser.type("email", KEN);
        browser.press("Email me a sign-in link");
        browser.open("/login/" + portal.signInToken(KEN));
        browser.press("Sign in");
        assertThat(browser.heading()).isEqualTo("Your subscriptions");

        browser.clickLink("Upcoming");
        assertThat(browser.text()).contains("Loom", "Starts in 30 days");
        browser.clickLink("Active");

        browser.open(page(s.jira));
        browser.clickLink("Cancel");
        browser.find(By.id("when-IMMEDIATE")).click();
        browser.press("Show what happens");
        assertThat(browser.text()).contains("Jira ends on November 23, 2026.", "Tempo Timesheets");
        browser.find(By.id("when-END_OF_TERM")).click();
        browser.press("Show what happens");
        new Select(browser.find(By.id("reason"))).selectByValue("TOO_EXPENSIVE");
        browser.press("Cancel subscription");
        assertThat(browser.text()).contains("The cancellation is scheduled.", "Cancels on November 23, 2027",
                "Too expensive");
        browser.press("Withdraw cancellation");
        assertThat(browser.text()).contains("The cancellation is withdrawn.").doesNotContain("Cancels on");

        browser.clickLink("Key contacts");
        browser.clickLink("Manage contacts");
        browser.type("email", "aiko@example.jp");
        browser.type("name", "Aiko");
        browser.press("Add contact");
        assertThat(browser.text()).contains("The contact is added.", "aiko@example.jp");

        browser.open(page(s.guardToSetUp));
        browser.clickLink("Begin set up");
        browser.find(By.id("organization-0")).click();
        browser.press("Set up on this organization");
        assertThat(browser.text()).contains("The subscription is set up.", "acme-org");

        browser.clickLink("日本語");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.text()).contains("組織", "サインアウト");

        browser.press("サインアウト");
        assertThat(browser.text()).contains("サインアウトしました。");
    }
}
