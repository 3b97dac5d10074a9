package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static io.partnerportal.adapters.web.portal.PortalScenario.YUKI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R24 on the pages: a reader's "today", days left and times follow their time zone (Asia/Tokyo for a
 * Japanese reader who chose none), and times name it; the zone is edited on /profile.
 */
class PortalReadersDayTest {
    /** 08:00 in Tokyo on 2027-11-22, the eve of Jira's bill date 2027-11-23: still the 21st in UTC. */
    private static final Instant TOKYO_EIGHT_ON_THE_EVE = Instant.parse("2027-11-21T23:00:00Z");

    private TestPortal portal;

    @BeforeEach
    void start() {
        portal = TestPortal.start();
        portal.fx.clock.set(TOKYO_EIGHT_ON_THE_EVE);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private String details(PortalClient c) {
        return c.get("/subscriptions/" + portal.s.jira.entitlementNumber()).body();
    }

    @Test
    void R24_aContactInTokyoAt0800OnTheBillDatesEveSeesTokyosDayCount() {
        PortalClient yuki = portal.client();
        yuki.signIn(YUKI);
        yuki.cookie("lang", "en");
        PortalClient ken = portal.client();
        ken.signIn(KEN);
        ken.cookie("lang", "en");

        assertThat(details(yuki)).as("Tokyo: the 22nd").contains("Renews tomorrow", "November 22, 2027")
                .doesNotContain("Renews in 2 days");
        assertThat(details(ken)).as("an English reader who chose no zone: UTC, the 21st").contains("Renews in 2 days",
                "November 21, 2027");
        assertThat(yuki.get("/subscriptions").body()).contains("Renews tomorrow");
    }

    @Test
    void R24_timesOnPagesAreInTheReadersZoneAndNameIt() {
        PortalClient yuki = portal.client();
        yuki.signIn(YUKI);
        yuki.cookie("lang", "en");

        assertThat(yuki.get("/emails").body()).as("sent at 23:00 UTC").contains("November 22, 2027, 08:00 Asia/Tokyo")
                .doesNotContain(" UTC<");
        yuki.cookie("lang", "ja");
        assertThat(yuki.get("/emails").body()).contains("2027年11月22日 08:00（Asia/Tokyo）");
    }

    @Test
    void R24_theProfileSetsTheZoneAndRefusesAnUnknownOneNamingIt() {
        PortalClient ken = portal.client();
        ken.signIn(KEN);
        ken.cookie("lang", "en");
        PortalClient.Reply profile = ken.get("/profile");
        assertThat(profile.body()).contains("id=\"timeZone\"", "Time zone", "are in UTC");

        PortalClient.Reply refused = ken.submit(profile, "/profile", Map.of("name", "Ken", "locale", "en",
                "timeZone", "Mars/Olympus"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("That is not a time zone we know", "href=\"#timeZone\"",
                "value=\"Mars/Olympus\"", "aria-invalid=\"true\"");
        assertThat(portal.fx.core.customerPortal().profile(portal.fx.person(KEN)).timeZone()).isEqualTo("UTC");

        PortalClient.Reply saved = ken.submit(ken.get("/profile"), "/profile", Map.of("name", "Ken", "locale", "en",
                "timeZone", "Asia/Tokyo"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(details(ken)).contains("Renews tomorrow");
        assertThat(ken.get("/profile").body()).contains("value=\"Asia/Tokyo\"", "are in Asia/Tokyo");
    }

    @Test
    void theEmailLogShowsEachEmailsSubject() {
        portal.fx.deliverAll();
        PortalClient ken = portal.client();
        ken.signIn(KEN);
        ken.cookie("lang", "en");

        String page = ken.get("/emails").body();

        assertThat(page).contains("<th scope=\"col\">Subject</th>", "PRODUCT_ORDERED Jira", "SIGN_IN_LINK");
        ken.cookie("lang", "ja");
        assertThat(ken.get("/emails").body()).contains("<th scope=\"col\">件名</th>", "PRODUCT_ORDERED Jira");
    }
}
