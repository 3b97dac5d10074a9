package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6.3's list search: {@code q} (product name, site, organization, entitlement number),
 * {@code partner} and {@code product} narrow every tab and its count, the tabs, the next page and
 * the CSV keep them, and a wrong one is named in the form and shows nothing.
 */
class PortalSearchTest {
    private static final Pattern COUNT = Pattern.compile("<span class=\"tab-count\" id=\"count-(\\w+)\">(\\d+)<");

    private TestPortal portal;
    private PortalClient ken;

    @BeforeEach
    void start() {
        portal = TestPortal.start();
        ken = portal.client();
        ken.signIn(KEN);
        ken.cookie("lang", "en");
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static String counts(String body) {
        StringBuilder out = new StringBuilder();
        Matcher m = COUNT.matcher(body);
        while (m.find()) {
            out.append(m.group(1)).append('=').append(m.group(2)).append(' ');
        }
        return out.toString().trim();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theTabsCountWhatKenSeesBeforeAnySearch() {
        String body = ken.get("/subscriptions").body();
        // Ken sees every subscription of the scenario but Sam's: 14 active (the collection with its four
        // products among them), Rovo inactive, Loom upcoming
        assertThat(counts(body)).isEqualTo("active=14 inactive=1 upcoming=1");
        assertThat(body).contains("<option value=\"\" selected>All billing partners</option>",
                "<option value=\"" + portal.s.acme + "\">Acme</option>",
                "<option value=\"jira\">Jira</option>", "<option value=\"drawio\">draw.io</option>")
                .doesNotContain(">Other</option>", "Clear the search");
    }

    @Test
    void theSearchFindsSiteOrganizationProductAndNumberInEveryTab() {
        PortalClient.Reply acme = ken.get("/subscriptions?tab=active&q=ACME");
        assertThat(acme.status()).isEqualTo(200);
        // the site acme.atlassian.net (Jira, Confluence and the three apps on them, which share their
        // hosts' site) and the organization acme-org (Guard)
        assertThat(counts(acme.body())).isEqualTo("active=6 inactive=1 upcoming=1");
        assertThat(acme.body()).contains(portal.s.jira.entitlementNumber(), portal.s.confluence.entitlementNumber(),
                portal.s.tempo.entitlementNumber(), portal.s.guard.entitlementNumber())
                .doesNotContain(portal.s.serviceManagement.entitlementNumber(), portal.s.included.entitlementNumber(),
                        portal.s.loom.entitlementNumber());
        assertThat(acme.body()).contains("value=\"ACME\"", "href=\"/subscriptions?tab=inactive&amp;q=ACME\"",
                "href=\"/subscriptions/export.csv?tab=active&amp;q=ACME\"", "Clear the search");
        assertThat(ken.get("/subscriptions?tab=upcoming&q=acme").body())
                .contains(portal.s.loom.entitlementNumber());

        String number = portal.s.tempo.entitlementNumber();
        PortalClient.Reply byNumber = ken.get("/subscriptions?q=" + q(number.toLowerCase(java.util.Locale.ROOT)));
        assertThat(counts(byNumber.body())).isEqualTo("active=1 inactive=0 upcoming=0");
        assertThat(byNumber.body()).contains(number);

        PortalClient.Reply none = ken.get("/subscriptions?q=" + q("no such thing"));
        assertThat(none.status()).isEqualTo(200);
        assertThat(counts(none.body())).isEqualTo("active=0 inactive=0 upcoming=0");
        assertThat(none.body()).contains("No subscriptions in this tab match your search.");
    }

    @Test
    void thePartnerAndProductFiltersNarrowTheListAndStaySelected() {
        PortalClient.Reply jira = ken.get("/subscriptions?product=jira&partner=" + portal.s.acme);
        // Jira, the one not set up yet and the one included in the collection
        assertThat(counts(jira.body())).isEqualTo("active=3 inactive=0 upcoming=0");
        assertThat(jira.body()).contains(portal.s.jira.entitlementNumber(), portal.s.jiraToSetUp.entitlementNumber(),
                        portal.s.included.entitlementNumber())
                .doesNotContain(portal.s.confluence.entitlementNumber())
                .contains("<option value=\"jira\" selected>Jira</option>",
                        "<option value=\"" + portal.s.acme + "\" selected>Acme</option>",
                        "<option value=\"confluence\">Confluence</option>");
        PortalClient.Reply theirs = ken.get("/subscriptions?partner=" + portal.s.other);
        assertThat(counts(theirs.body())).as("a partner Ken has nothing of shows nothing")
                .isEqualTo("active=0 inactive=0 upcoming=0");
        PortalClient.Reply blank = ken.get("/subscriptions?q=%20&partner=&product=");
        assertThat(counts(blank.body())).as("blank is no filter").isEqualTo("active=14 inactive=1 upcoming=1");
    }

    @Test
    void aWrongSearchIsNamedInTheFormAndShowsNothing() {
        PortalClient.Reply r = ken.get("/subscriptions?q=" + "x".repeat(101) + "&partner=acme&product=Jira");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Enter a search of at most 100 characters on one line.", "href=\"#q\"",
                "Choose a billing partner from the list.", "href=\"#partner\"", "Choose a product from the list.",
                "href=\"#product\"", "aria-invalid=\"true\"", "Correct the search to see your subscriptions.")
                .doesNotContain(portal.s.jira.entitlementNumber(), "tab-count");
        assertThat(ken.get("/subscriptions?q=a%0Ab").status()).isEqualTo(400);
        assertThat(ken.get("/subscriptions/export.csv?q=" + "x".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void theCsvHoldsTheSameRowsAsTheSearchedTab() {
        String csv = ken.get("/subscriptions/export.csv?tab=active&q=confluence").body();
        List<String> lines = List.of(csv.split("\r\n"));
        // the header, Confluence, and the Confluence included in the collection
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).allSatisfy(l -> assertThat(l).startsWith("Confluence,"));
        assertThat(csv).contains(portal.s.confluence.entitlementNumber()).doesNotContain(
                portal.s.jira.entitlementNumber());
        assertThat(ken.get("/subscriptions/export.csv?tab=active&product=atlassian-guard").body())
                .contains(portal.s.guard.entitlementNumber(), portal.s.guardToSetUp.entitlementNumber())
                .doesNotContain(portal.s.jira.entitlementNumber());
    }
}
