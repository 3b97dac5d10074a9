package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.portal.CustomerPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPEC §6.3: the details page's term timeline, drawn without script, with its text equivalent. */
class TermTimelineTest {
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

    private String details(io.partnerportal.core.application.SubscriptionView v) {
        return ken.get("/subscriptions/" + v.entitlementNumber()).body();
    }

    @Test
    void anActiveSubscriptionShowsItsTermFromStartToTodayToTheBillDate() {
        String page = details(portal.s.jira);

        assertThat(page).contains("<svg class=\"timeline\"", "aria-hidden=\"true\"",
                "<li>Term started on November 23, 2026</li>", "<li>Today, November 23, 2026</li>",
                "<li>Renews on November 23, 2027</li>").doesNotContain("<script");
    }

    @Test
    void aPendingCancellationEndsTheTimelineOnItsDate() {
        portal.fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(portal.fx.person(KEN),
                portal.s.confluence.entitlementNumber(), "END_OF_TERM", null));

        String page = details(portal.s.confluence);

        assertThat(page).contains("<li>Today, November 23, 2026</li>", "<li>Cancels on November 23, 2027</li>")
                .doesNotContain("Renews on");
    }

    @Test
    void anUpcomingSubscriptionShowsTodayItsStartAndItsFirstBillDateAndACancelledOneNone() {
        assertThat(details(portal.s.loom)).contains("<li>Today, November 23, 2026</li>",
                "<li>Starts on December 23, 2026</li>");
        assertThat(details(portal.s.rovo)).doesNotContain("class=\"timeline\"");
    }

    @Test
    void R16_aPendingChangeStandsOnTheTimelineOnItsDate() {
        portal.fx.partners().changePlan(io.partnerportal.core.partner.PartnerOperations.ChangePlan.parse(
                portal.s.acme, portal.s.jira.entitlementNumber(), "FREE", 10, null, null));

        String page = details(portal.s.jira);

        assertThat(page).contains("<li>Today, November 23, 2026</li>\n"
                + "<li>Changes to Free, 10 users, Annual billing, on November 23, 2027</li>\n"
                + "<li>Renews on November 23, 2027</li>");
        ken.cookie("lang", "ja");
        assertThat(details(portal.s.jira)).contains("<li>2027年11月23日に Free、10 ユーザー、年払いに変更予定</li>");
    }
}
