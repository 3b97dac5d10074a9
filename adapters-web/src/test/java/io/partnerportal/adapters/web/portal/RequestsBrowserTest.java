package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.partner.PartnerOperations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * R23 in a real browser: Ken asks Acme, his billing partner, through the forms of the subscription's
 * page and of the ask page with JavaScript off, sees the requests open on the subscription's page, and once Acme answered sees it done on
 * {@code /requests} - in English and in Japanese. Every page shown is checked with axe-core (in a
 * browser with JavaScript, which axe needs) and the Nu Html Checker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestsBrowserTest {
    private PageCheckers checkers;
    private TestPortal portal;
    private Browser noScript;
    private Browser checking;
    private PortalScenario s;
    private final Map<String, String> shown = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        checkers = PageCheckers.require();
        portal = TestPortal.start();
        s = portal.s;
        noScript = Browser.start(portal.base, false);
        checking = Browser.start(portal.base, true);
    }

    @AfterAll
    void stop() {
        for (Browser b : new Browser[] {noScript, checking}) {
            if (b != null) {
                b.close();
            }
        }
        if (portal != null) {
            portal.close();
        }
    }

    private void signIn(Browser b, String lang) {
        if (b.driver.manage().getCookieNamed("portal_session") == null) {
            b.open("/login");
            b.type("email", KEN);
            b.click(By.cssSelector("main form button"));
            b.open("/login/" + portal.signInToken(KEN));
            b.click(By.cssSelector("main form button"));
        }
        b.open("/language?lang=" + lang + "&back=/subscriptions");
    }

    /** axe-core and the Nu Html Checker on {@code path}, as the checking browser shows it. */
    private void check(String lang, String name, String path) {
        signIn(checking, lang);
        checking.open(path);
        assertThat(checking.find(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(checkers.seriousAccessibilityViolations(checking.driver)).as("axe-core on " + name).isEmpty();
        shown.put(lang + "-" + name, checking.source());
    }

    @Test
    void R23_kenAsksHisPartnerWithoutJavaScriptAndSeesTheAnswerInBothLanguages() {
        String jira = "/subscriptions/" + s.jira.entitlementNumber();
        signIn(noScript, "en");
        noScript.open(jira);
        assertThat(noScript.text()).contains("Requests to your billing partner", "No requests yet.",
                "Ask your billing partner");
        check("en", "details-empty", jira);

        // the forms are on the subscription's page; a wrong value comes back on the ask page with its
        // message, nothing is asked
        noScript.type("userTier-CHANGE", "many");
        noScript.click(By.xpath("//section[@aria-labelledby='ask-CHANGE']//button"));
        assertThat(noScript.path()).isEqualTo(jira + "/requests");
        assertThat(noScript.text()).contains("Enter a whole number of users from 1 to 1,000,000.");
        check("en", "ask", jira + "/requests");
        assertThat(portal.fx.core.customerPortal().myRequests(
                io.partnerportal.core.portal.CustomerPortal.ListMyRequests.parse(portal.fx.person(KEN), null))
                .items()).isEmpty();

        new Select(noScript.find(By.id("plan-CHANGE"))).selectByVisibleText("Premium");
        noScript.type("userTier-CHANGE", "100");
        noScript.type("message-CHANGE", "We are growing <fast>");
        noScript.click(By.xpath("//section[@aria-labelledby='ask-CHANGE']//button"));
        assertThat(noScript.text()).contains("Your request is sent to your billing partner.", "Open",
                "Premium, 100 users", "We are growing <fast>");
        check("en", "ask-sent", jira + "/requests?done=request-sent");
        noScript.open(jira);
        assertThat(noScript.text()).contains("Change the plan, users or billing cycle", "Open");

        // asked from the subscription's page, Ken is back on it, the request shown open
        noScript.type("message-OTHER", "Please call us about the renewal");
        noScript.click(By.xpath("//section[@aria-labelledby='ask-OTHER']//button"));
        assertThat(noScript.path()).startsWith(jira + "?");
        assertThat(noScript.text()).contains("Your request is sent to your billing partner.", "Something else",
                "Please call us about the renewal");
        check("en", "details", jira);

        RequestView asked = portal.fx.partners().requests(PartnerOperations.ListRequests.of(s.acme)).items().stream()
                .filter(r -> r.kind() == io.partnerportal.core.domain.request.RequestKind.CHANGE).findFirst()
                .orElseThrow();
        portal.fx.partners().resolveRequest(PartnerOperations.ResolveRequest.parse(s.acme, asked.id(), "DONE",
                "Premium from today"));

        noScript.open("/requests");
        assertThat(noScript.heading()).isEqualTo("Your requests to billing partners");
        assertThat(noScript.text()).contains("Done", "Premium from today", s.jira.entitlementNumber());
        check("en", "requests", "/requests");

        signIn(noScript, "ja");
        noScript.open("/requests");
        assertThat(noScript.heading()).isEqualTo("請求パートナーへのあなたの依頼");
        assertThat(noScript.text()).contains("対応済み", "依頼");
        noScript.open(jira + "/requests");
        assertThat(noScript.text()).contains("請求パートナーに依頼する", "依頼を送る");
        for (Map.Entry<String, String> p : Map.of("requests", "/requests", "ask", jira + "/requests",
                "details", jira, "ask-collection", "/subscriptions/" + s.collection.entitlementNumber() + "/requests")
                .entrySet()) {
            check("ja", p.getKey(), p.getValue());
        }
        check("en", "ask-collection", "/subscriptions/" + s.collection.entitlementNumber() + "/requests");

        Map<String, List<String>> errors = checkers.htmlErrors(shown, Path.of("target/browser-pages-requests"));
        assertThat(shown).hasSize(10);
        assertThat(errors).as("errors of the Nu Html Checker, by page").isEmpty();
    }
}
