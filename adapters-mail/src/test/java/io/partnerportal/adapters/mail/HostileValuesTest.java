package io.partnerportal.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.port.out.NotificationSender.Outgoing;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §4: names are shown, never obeyed. A snapshot is decoded from the database, so nothing
 * upstream is trusted: HTML in a name is escaped, and CR/LF (or any other line break) can never
 * start a header of its own.
 */
class HostileValuesTest {
    private final MimeComposer composer = new MimeComposer(Snapshots.settings(), Clock.systemUTC());
    private final Session session = Session.getInstance(new Properties());

    private MimeMessage compose(NotificationContent c) throws Exception {
        MimeMessage m = composer.compose(new Outgoing("notification-7-1000", c), session).getMimeMessage();
        m.saveChanges();
        return m;
    }

    private static NotificationContent ordered(String name, String partner, String product) {
        SubscriptionSummary s = new SubscriptionSummary("E-3YT-6BG-7X9-YHA", product, Snapshots.JIRA.kind(),
                "acme.atlassian.net", Snapshots.JIRA.plan(), Snapshots.JIRA.billingCycle(), 5, Snapshots.START);
        return NotificationContent.of(NotificationType.PRODUCT_ORDERED, new EmailAddress("ken@example.jp"), name,
                ContactLocale.EN).withPartner(partner).withSubscriptions(List.of(s));
    }

    @Test
    void htmlInNamesIsShownAsTextNotMarkup() throws Exception {
        MimeMessage m = compose(ordered("<b>Ken</b> & Co", "<script>alert(1)</script> \"Reseller\"",
                "Jira <img src=x onerror=alert(1)>"));
        String html = Mails.html(m);
        assertThat(html).doesNotContain("<b>", "<script>", "<img").contains("&lt;b&gt;Ken&lt;/b&gt; &amp; Co",
                "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Reseller&quot;", "Jira &lt;img src=x onerror=alert(1)&gt;");
        assertThat(Mails.text(m)).contains("Hello <b>Ken</b> & Co,");
    }

    @Test
    void aHostileTokenCannotLeaveItsLink() throws Exception {
        NotificationContent c = NotificationContent.of(NotificationType.SIGN_IN_LINK, new EmailAddress("ken@example.jp"),
                "Ken", ContactLocale.EN).withSignInLink("a\"><script>x</script>/../b", Snapshots.LINK_EXPIRES);
        String html = Mails.html(compose(c));
        assertThat(html).doesNotContain("<script>")
                .contains("href=\"https://portal.example/login/a%22%3E%3Cscript%3Ex%3C%2Fscript%3E%2F..%2Fb\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r", "\u0085", "\u2028", "\r\n\r\n"})
    void lineBreaksInNamesNeverSplitAHeader(String lineBreak) throws Exception {
        MimeMessage m = compose(ordered("Ken" + lineBreak + "Bcc: evil@example.com",
                "Reseller" + lineBreak + "X-Injected: 1", "Jira" + lineBreak + "Bcc: evil2@example.com"));
        List<String> headers = Mails.headerLines(Mails.raw(m));

        assertThat(headers).allMatch(h -> h.matches("[A-Za-z0-9-]+: .*"), "every line is a header of its own")
                .noneMatch(h -> h.regionMatches(true, 0, "Bcc:", 0, 4))
                .noneMatch(h -> h.regionMatches(true, 0, "X-Injected:", 0, 11));
        assertThat(m.getAllRecipients()).extracting(Address::toString)
                .singleElement().asString().endsWith("<ken@example.jp>");
        assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Ken Bcc: evil@example.com");
        assertThat(m.getSubject()).isEqualTo("New subscription: Jira Bcc: evil2@example.com");
        assertThat(Mails.text(m)).contains("Hello Ken Bcc: evil@example.com,");
    }

    @Test
    void aSiteWithALineBreakStaysInTheSubjectLine() throws Exception {
        NotificationContent c = NotificationContent.of(NotificationType.SITE_MIGRATED, new EmailAddress("ken@example.jp"),
                "Ken", ContactLocale.JA).withSite("acme.atlassian.net\r\nX-Injected: 2", LocalDate.of(2026, 11, 23));
        MimeMessage m = compose(c);
        assertThat(Mails.headerLines(Mails.raw(m))).noneMatch(h -> h.startsWith("X-Injected"));
        assertThat(m.getSubject()).isEqualTo("acme.atlassian.net X-Injected: 2 が新しい請求プラットフォームに移行しました");
    }

    @Test
    void aJapaneseNameTravelsEncodedInTheToHeader() throws Exception {
        MimeMessage m = compose(ordered("山田 \"太郎\" <admin>", "Reseller", "Jira"));
        String to = Mails.headerLines(Mails.raw(m)).stream().filter(h -> h.startsWith("To: ")).findFirst().orElseThrow();
        assertThat(to).startsWith("To: =?UTF-8?").endsWith("<ken@example.jp>").doesNotContain("山田");
        InternetAddress decoded = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertThat(decoded.getPersonal()).isEqualTo("山田 \"太郎\" <admin>");
        assertThat(decoded.getAddress()).isEqualTo("ken@example.jp");
    }
}
