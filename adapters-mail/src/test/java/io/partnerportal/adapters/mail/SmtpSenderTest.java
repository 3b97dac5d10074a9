package io.partnerportal.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.NotificationSender.Outgoing;
import io.partnerportal.core.port.out.NotificationSender.Result;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SMTP sender against real servers: GreenMail, and a scripted one for the replies GreenMail never gives. */
class SmtpSenderTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

    private static Outgoing welcome() {
        return new Outgoing("notification-9-1000", Snapshots.complete(NotificationType.WELCOME, ContactLocale.EN));
    }

    private static NotificationSender sender(MailSettings settings) {
        return MailSenders.smtp(settings);
    }

    private static MailSettings withLogin(String user, String password) {
        return new MailSettings(Snapshots.FROM, Snapshots.BASE, "127.0.0.1", SMTP.getSmtp().getPort(), user, password,
                false, TIMEOUT);
    }

    @Test
    void O4_anEmailCausedByATracedRequestCarriesItsTraceparentAndNothingMalformedReachesAHeader() throws Exception {
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        NotificationSender smtp = sender(Snapshots.smtp("127.0.0.1", SMTP.getSmtp().getPort(), TIMEOUT));
        var content = Snapshots.complete(NotificationType.WELCOME, ContactLocale.EN);

        assertThat(smtp.send(new Outgoing("notification-9-1001", content, null, trace))).isEqualTo(new Result.Sent());
        assertThat(smtp.send(new Outgoing("notification-9-1002", content, null, trace + "\r\nBcc: x@example.com")))
                .isEqualTo(new Result.Sent());
        assertThat(smtp.send(welcome())).isEqualTo(new Result.Sent());

        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[0].getHeader("traceparent")).containsExactly(trace);
        assertThat(received[1].getHeader("traceparent")).as("malformed: left out").isNull();
        assertThat(received[1].getHeader("Bcc")).isNull();
        assertThat(received[2].getHeader("traceparent")).as("no trace").isNull();
    }

    @Test
    void signsInWhenCredentialsAreConfigured() {
        SMTP.setUser("portal@portal.example", "portal", "s3cret-pw");
        assertThat(sender(withLogin("portal", "s3cret-pw")).send(welcome())).isEqualTo(new Result.Sent());
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRefusedLoginIsRetriedLaterAndItsReasonNeverShowsThePassword() {
        SMTP.setUser("portal@portal.example", "portal", "s3cret-pw");
        Result r = sender(withLogin("portal", "wrong-pw-123")).send(welcome());
        assertThat(r).isInstanceOf(Result.TemporaryFailure.class);
        assertThat(((Result.TemporaryFailure) r).reason()).isNotBlank().doesNotContain("wrong-pw-123");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void withStartTlsNothingTravelsInTheClearToAServerWithoutIt() {
        MailSettings tls = new MailSettings(Snapshots.FROM, Snapshots.BASE, "127.0.0.1", SMTP.getSmtp().getPort(),
                null, null, true, TIMEOUT);
        Result r = sender(tls).send(welcome());
        assertThat(r).isInstanceOf(Result.TemporaryFailure.class);
        assertThat(((Result.TemporaryFailure) r).reason()).containsIgnoringCase("STARTTLS");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsDownIsATemporaryFailure() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Result r = sender(Snapshots.smtp("127.0.0.1", closedPort, TIMEOUT)).send(welcome());
        assertThat(r).isInstanceOf(Result.TemporaryFailure.class);
        assertThat(((Result.TemporaryFailure) r).reason()).contains("Connection refused");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "RCPT, 550 5.1.1 no such user, PERMANENT",
            "RCPT, 553 5.1.3 bad address, PERMANENT",
            "RCPT, 451 4.3.0 try again later, TEMPORARY",
            "RCPT, 452 4.2.2 mailbox full, TEMPORARY",
            "RCPT, 552 5.2.2 mailbox full, TEMPORARY",
            "RCPT, 530 5.7.0 authentication required, TEMPORARY",
            "DATA, 554 5.7.1 message refused, PERMANENT",
            "DATA, 451 4.7.1 greylisted, TEMPORARY",
            "MAIL, 550 5.7.1 sender not allowed, TEMPORARY",
            "GREETING, 421 4.3.2 too busy, TEMPORARY",
            "GREETING, 554 5.3.2 no service, TEMPORARY"})
    void aRefusalIsPermanentOnlyWhenTheRecipientOrTheMessageIsRefusedFor5xx(String step, String reply, String kind)
            throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start()) {
            switch (step) {
                case "RCPT" -> server.replyToRecipient("ken@example.jp", reply);
                case "DATA" -> server.replyToData(reply);
                case "MAIL" -> server.replyToSender(reply);
                default -> server.greet(reply);
            }
            Result r = sender(Snapshots.smtp(server.host(), server.port(), TIMEOUT)).send(welcome());
            assertThat(r).isInstanceOf(kind.equals("PERMANENT") ? Result.PermanentFailure.class
                    : Result.TemporaryFailure.class);
            String reason = r instanceof Result.PermanentFailure p ? p.reason() : ((Result.TemporaryFailure) r).reason();
            assertThat(reason).contains(reply.substring(0, 3)).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(300);
            assertThat(server.accepted()).isEmpty();
        }
    }

    @Test
    void connectingReadingAndWritingAreAllBoundedByTheConfiguredTimeout() {
        Properties p = SmtpNotificationSender.properties(Snapshots.smtp("mail.example", 587, Duration.ofMillis(1500)));
        assertThat(p).containsEntry("mail.smtp.connectiontimeout", "1500").containsEntry("mail.smtp.timeout", "1500")
                .containsEntry("mail.smtp.writetimeout", "1500").containsEntry("mail.smtp.host", "mail.example")
                .containsEntry("mail.smtp.port", "587");
    }

    @Test
    void aTimeoutAboveTenSecondsIsRefused() {
        assertThatThrownBy(() -> Snapshots.smtp("mail.example", 25, Duration.ofSeconds(11)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 s");
    }

    @Test
    void theSettingsNeverPrintThePassword() {
        assertThat(withLogin("portal", "s3cret-pw").toString()).contains("portal").doesNotContain("s3cret-pw");
    }

    @Test
    void aSenderAddressThatCouldCarryAHeaderIsRefused() {
        assertThatThrownBy(() -> MailSettings.forFiles("portal@example.com\r\nBcc: x@example.com", Snapshots.BASE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
