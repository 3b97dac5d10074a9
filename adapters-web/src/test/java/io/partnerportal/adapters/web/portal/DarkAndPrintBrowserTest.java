package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SPEC §7.5: the pages honour {@code prefers-color-scheme: dark} and print cleanly. In a real headless
 * Chromium whose media are emulated (CDP {@code Emulation.setEmulatedMedia}), each page is rendered in
 * the dark scheme and as printed, in English and Japanese, and checked with axe-core - colour contrast
 * included - and the Nu Html Checker (the requests to the billing partner and the forms to ask among
 * them); printed, a page shows no navigation, buttons or forms, and a
 * subscription's details and its timeline fit on one page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DarkAndPrintBrowserTest {
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    private PageCheckers checkers;
    private TestPortal portal;
    private Browser browser;
    private final Map<String, String> shown = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        checkers = PageCheckers.require();
        portal = TestPortal.start();
        // R23: Ken asked Acme twice about Jira, and Acme answered one, so the request tables have rows
        String jira = portal.s.jira.entitlementNumber();
        io.partnerportal.core.portal.CustomerPortal customers = portal.fx.core.customerPortal();
        customers.askPartner(io.partnerportal.core.portal.CustomerPortal.AskPartner.parse(portal.fx.person(KEN),
                jira, "CHANGE", null, "PREMIUM", "100", null, null, null, "We are growing"));
        io.partnerportal.core.application.RequestView other = customers.askPartner(
                io.partnerportal.core.portal.CustomerPortal.AskPartner.parse(portal.fx.person(KEN), jira, "OTHER",
                        null, null, null, null, null, null, "Please call us"));
        portal.fx.partners().resolveRequest(io.partnerportal.core.partner.PartnerOperations.ResolveRequest.parse(
                portal.s.acme, other.id(), "DONE", "Called on Monday"));
        portal.fx.deliverAll();
        browser = Browser.start(portal.base, true);
        browser.open("/login");
        browser.type("email", KEN);
        browser.press("Email me a sign-in link");
        browser.open("/login/" + portal.signInToken(KEN));
        browser.press("Sign in");
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

    private List<String> pages() {
        String jira = "/subscriptions/" + portal.s.jira.entitlementNumber();
        return List.of("/subscriptions", "/subscriptions?tab=UPCOMING", jira, jira + "/contacts", jira + "/history",
                "/subscriptions/" + portal.s.jiraToSetUp.entitlementNumber() + "/setup", jira + "/cancel",
                "/profile", "/emails", "/requests", jira + "/requests",
                "/subscriptions/" + portal.s.collection.entitlementNumber() + "/requests");
    }

    private void emulate(String media, String scheme) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private String style(String selector, String property) {
        return String.valueOf(browser.driver.executeScript("const e = document.querySelector(arguments[0]);"
                + "return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : null;", selector, property));
    }

    private void language(String lang) {
        browser.open("/language?lang=" + lang + "&back=/subscriptions");
    }

    @Test
    void everyPageInTheDarkSchemeKeepsItsContrastInBothLanguages() {
        try {
            emulate("screen", "dark");
            for (String lang : List.of("en", "ja")) {
                language(lang);
                for (String page : pages()) {
                    browser.open(page);
                    assertThat(style("body", "background-color")).as(page).isEqualTo("rgb(22, 26, 29)");
                    assertThat(style("main", "color")).as(page).isEqualTo("rgb(222, 228, 234)");
                    assertThat(checkers.seriousAccessibilityViolations(browser.driver))
                            .as("axe-core, dark, " + lang + ", " + page).isEmpty();
                    shown.put("dark-" + lang + "-" + shown.size(), browser.source());
                }
            }
            emulate("screen", "light");
            browser.open("/subscriptions");
            assertThat(style("body", "background-color")).as("the light scheme stays the default")
                    .isEqualTo("rgb(246, 247, 249)");
        } finally {
            emulate("", "");
        }
        assertThat(checkers.htmlErrors(shown, Path.of("target/browser-pages-dark"))).isEmpty();
    }

    @Test
    void printedPagesShowNoNavigationNorButtonsAndTheDetailsWithTheTimelineFitOnePage() {
        try {
            for (String lang : List.of("en", "ja")) {
                emulate("screen", "light");
                language(lang);
                emulate("print", "dark");
                for (String page : pages()) {
                    browser.open(page);
                    assertThat(style("header.top", "display")).as(page).isEqualTo("none");
                    assertThat(style("footer", "display")).as(page).isEqualTo("none");
                    assertThat(style("body", "background-color")).as("print ignores the dark scheme, " + page)
                            .isEqualTo("rgb(255, 255, 255)");
                    assertThat(browser.driver.executeScript("return [...document.querySelectorAll("
                            + "'nav, button, .button, form')].filter(e => e.getClientRects().length > 0).length"))
                            .as("visible navigation, buttons, forms on " + page).isEqualTo(0L);
                    assertThat(checkers.seriousAccessibilityViolations(browser.driver))
                            .as("axe-core, print, " + lang + ", " + page).isEmpty();
                }
                browser.open("/subscriptions/" + portal.s.jira.entitlementNumber());
                assertThat(style(".timeline", "display")).isEqualTo("block");
                assertThat(printedPages()).as("details and timeline on one page, " + lang).isEqualTo(1);
            }
        } finally {
            emulate("", "");
        }
    }

    /** The pages of the document printed to PDF (A4), as Chromium lays them out. */
    private int printedPages() {
        Map<String, Object> pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", true));
        String raw = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        return (int) PDF_PAGE.matcher(raw).results().count();
    }
}
