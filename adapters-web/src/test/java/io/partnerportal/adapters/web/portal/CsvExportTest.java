package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.partner.PartnerOperations;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPEC §6.3's CSV exports: RFC 4180, UTF-8 with a BOM, safe against formula injection. */
class CsvExportTest {
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

    private static List<String> lines(PortalClient.Reply r) {
        return List.of(r.body().split("\r\n", -1));
    }

    @Test
    void theListExportsEveryRowOfTheTabWithABomAndCrlf() {
        PortalClient.Reply r = ken.get("/subscriptions/export.csv?tab=active");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv").contains("utf-8");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"subscriptions-active.csv\"");
        assertThat(r.body()).startsWith("\uFEFFProduct,Entitlement number,Plan,User tier,Status,");
        assertThat(lines(r)).anySatisfy(l -> assertThat(l).startsWith("Jira," + portal.s.jira.entitlementNumber()
                + ",Standard,"));
        assertThat(lines(r)).last().isEqualTo("");
        assertThat(r.body()).doesNotContain(portal.s.loom.entitlementNumber(), portal.s.otherJira.entitlementNumber());
        assertThat(ken.get("/subscriptions/export.csv?tab=upcoming").body()).contains(portal.s.loom.entitlementNumber());
        assertThat(ken.get("/subscriptions/export.csv?tab=nonsense").status()).isEqualTo(404);
    }

    @Test
    void aContactsExportQuotesWhatNeedsItAndDefusesFormulas() {
        portal.fx.partners().assignContact(PartnerOperations.AssignContact.parse(portal.s.acme,
                portal.s.jira.entitlementNumber(), new Contact.Form("formula@example.jp",
                        "=HYPERLINK(\"http://x\",\"a, b\")", "ja", "VIEWER")));
        portal.fx.partners().assignContact(PartnerOperations.AssignContact.parse(portal.s.acme,
                portal.s.jira.entitlementNumber(), new Contact.Form("taro@example.jp", "山田 太郎",
                        "ja", null)));

        PortalClient.Reply r = ken.get("/subscriptions/" + portal.s.jira.entitlementNumber() + "/contacts/export.csv");

        assertThat(r.status()).isEqualTo(200);
        assertThat(lines(r)).startsWith("\uFEFFName,Email,Language,Role", "Ken,ken@example.jp,en,Manager",
                "Yuki,yuki@example.jp,ja,Manager",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",formula@example.jp,ja,Viewer",
                "山田 太郎,taro@example.jp,ja,Manager");
    }

    @Test
    void everyFieldStartingWithAFormulaCharacterIsPrefixed() {
        assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.field("+81 3")).isEqualTo("'+81 3");
        assertThat(Csv.field("-5")).isEqualTo("'-5");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }

    @Test
    void S9_aFieldStartingWithATabOrACarriageReturnIsPrefixedToo() {
        assertThat(Csv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.field("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(Csv.field("a\tb")).as("a tab inside a cell is text").isEqualTo("a\tb");
    }

    @Test
    void aSubscriptionThatIsNotMineIsNotFound() {
        assertThat(ken.get("/subscriptions/" + portal.s.otherJira.entitlementNumber() + "/contacts/export.csv")
                .status()).isEqualTo(404);
    }
}
