package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPEC §6.3 {@code /emails}: the signed-in person's emails, newest first, paged, in their language. */
class PortalEmailsTest {
    private TestPortal portal;

    @BeforeEach
    void start() {
        portal = TestPortal.start();
        for (int i = 0; i < 12; i++) {
            portal.fx.order(portal.s.acme, portal.s.account, "loom").site("log" + i).contact(KEN, "Ken", "en")
                    .placeOne();
        }
        portal.fx.deliverAll();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void theLogShowsMyEmailsNewestFirstWithTheirStatusAndPagesOn() {
        PortalClient ken = portal.client().cookie("lang", "en");
        ken.signIn(KEN);
        ken.cookie("lang", "en");

        String first = ken.get("/emails").body();

        assertThat(first).contains("Emails sent to you", "New subscription", "Sent", "rel=\"next\"")
                .doesNotContain("yuki@example.jp");
        assertThat(first.indexOf("Sign-in link")).isLessThan(first.indexOf("New subscription"));
        String next = first.substring(first.indexOf("href=\"/emails?cursor=") + 6);
        next = next.substring(0, next.indexOf('"')).replace("&amp;", "&");
        String second = ken.get(next).body();
        assertThat(second).contains("Welcome").doesNotContain("Sign-in link");
    }

    @Test
    void theLogIsInJapaneseForAJapaneseReader() {
        PortalClient yuki = portal.client();
        yuki.signIn(PortalScenario.YUKI);
        yuki.cookie("lang", "ja");

        assertThat(yuki.get("/emails").body()).contains("送信されたメール", "ようこそ", "送信済み");
    }

    @Test
    void aBadCursorIsRefused() {
        PortalClient ken = portal.client();
        ken.signIn(KEN);

        assertThat(ken.get("/emails?cursor=!!").status()).isEqualTo(400);
    }
}
