package io.partnerportal.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationSender.Outgoing;
import io.partnerportal.core.port.out.NotificationSender.Result;
import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import io.partnerportal.core.testing.MutableClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: emails land in a directory as .eml files that /dev/mailbox lists. */
class FileMailboxTest {
    @TempDir
    Path directory;
    private final MutableClock clock = MutableClock.at("2026-11-23");

    private FileNotificationSender mailbox() {
        return new FileNotificationSender(directory, Snapshots.settings(), clock);
    }

    private static Outgoing email(String id, NotificationType type, ContactLocale locale) {
        return new Outgoing(id, Snapshots.complete(type, locale));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(directory)) {
            return s.sorted().toList();
        }
    }

    private static MimeMessage parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    @Test
    void S3_theMailDirectoryAndEveryEmailAreTheirOwnersAloneAlsoWhenTheDirectoryWasThere() throws Exception {
        Path fresh = directory.resolve("data/mail");
        new FileNotificationSender(fresh, Snapshots.settings(), clock).send(email("notification-1-1",
                NotificationType.SIGN_IN_LINK, ContactLocale.EN));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwx------");
        try (Stream<Path> mails = Files.list(fresh)) {
            assertThat(mails.toList()).singleElement().satisfies(f -> assertThat(
                    java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .isEqualTo("rw-------"));
        }

        Path existing = Files.createDirectories(directory.resolve("existing"));
        Files.setPosixFilePermissions(existing, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        new FileNotificationSender(existing, Snapshots.settings(), clock).send(email("notification-2-1",
                NotificationType.WELCOME, ContactLocale.EN));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rwx------");
    }

    @Test
    void eachEmailIsAnEmlFileWithTheHeadersAndPartsSmtpWouldCarry() throws Exception {
        assertThat(mailbox().send(email("notification-42-1700000000000", NotificationType.SIGN_IN_LINK,
                ContactLocale.JA))).isEqualTo(new Result.Sent());

        assertThat(files()).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .matches("\\d{15}-notification-42-1700000000000\\.eml"));
        MimeMessage m = parse(files().get(0));
        assertThat(m.getMessageID()).isEqualTo("<notification-42-1700000000000@portal.example>");
        assertThat(m.getHeader("X-Notification-Type", null)).isEqualTo("SIGN_IN_LINK");
        assertThat(m.getSubject()).isEqualTo("サインイン用リンク");
        assertThat(m.getFrom()[0].toString()).endsWith("<portal@portal.example>");
        assertThat(m.getSentDate().toInstant()).isEqualTo(clock.instant());
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(Files.readString(files().get(0), StandardCharsets.ISO_8859_1)).as("every line ends in CRLF")
                .doesNotContainPattern("[^\\r]\\n");
    }

    @Test
    void theMailboxShowsWhatTheEmailSaysWithItsLinks() {
        FileNotificationSender mailbox = mailbox();
        mailbox.send(email("notification-1-1000", NotificationType.SIGN_IN_LINK, ContactLocale.EN));

        ArchivedMail mail = mailbox.recent(10).get(0);
        assertThat(mail.messageId()).isEqualTo("notification-1-1000");
        assertThat(mail.to()).isEqualTo("ken@example.jp");
        assertThat(mail.subject()).isEqualTo("Your sign-in link");
        assertThat(mail.type()).isEqualTo(NotificationType.SIGN_IN_LINK);
        assertThat(mail.sentAt()).isEqualTo(clock.instant());
        assertThat(mail.text()).startsWith("Hello Ken Sato,");
        assertThat(mail.links()).containsExactly("https://portal.example/login/tok-EN_123");
        assertThat(mail.id()).matches("[A-Za-z0-9._-]+");
        assertThat(mailbox.find(mail.id())).contains(mail);
    }

    @Test
    void emailsWrittenInTheSameMillisecondStillListNewestFirst() {
        FileNotificationSender mailbox = mailbox();
        for (int i = 1; i <= 5; i++) {
            mailbox.send(email("notification-" + i + "-1000", NotificationType.WELCOME, ContactLocale.EN));
        }
        assertThat(mailbox.recent(3)).extracting(ArchivedMail::messageId)
                .containsExactly("notification-5-1000", "notification-4-1000", "notification-3-1000");
    }

    @Test
    void nothingHalfWrittenIsLeftBehind() throws Exception {
        FileNotificationSender mailbox = mailbox();
        for (int i = 1; i <= 3; i++) {
            mailbox.send(email("notification-" + i + "-1000", NotificationType.CANCELLED, ContactLocale.EN));
        }
        assertThat(files()).hasSize(3).allMatch(f -> f.getFileName().toString().endsWith(".eml"));
    }

    @Test
    void thousandsOfOlderEmailsDoNotHideTheNewest() throws Exception {
        FileNotificationSender mailbox = mailbox();
        mailbox.send(email("notification-1-1000", NotificationType.WELCOME, ContactLocale.EN));
        Path first = files().get(0);
        for (int i = 0; i < 3000; i++) {
            Files.copy(first, directory.resolve(String.format("%015d-notification-old%d-1.eml", 1000L + i, i)));
        }
        clock.advance(Duration.ofMinutes(1));
        mailbox.send(email("notification-2-1000", NotificationType.CANCELLED, ContactLocale.EN));
        mailbox.send(email("notification-3-1000", NotificationType.REACTIVATED, ContactLocale.JA));

        assertThat(mailbox.recent(2)).extracting(ArchivedMail::type)
                .containsExactly(NotificationType.REACTIVATED, NotificationType.CANCELLED);
        assertThat(mailbox.recent(200)).hasSize(200);
        assertThat(mailbox.find(String.format("%015d-notification-old%d-1", 1999L, 999))).isPresent();
    }

    @Test
    void anIdThatIsNotOneOfOursFindsNothing() throws Exception {
        Path mail = Files.createDirectory(directory.resolve("mail"));
        FileNotificationSender mailbox = new FileNotificationSender(mail, Snapshots.settings(), clock);
        mailbox.send(email("notification-1-1000", NotificationType.WELCOME, ContactLocale.EN));
        Files.writeString(directory.resolve("secret.eml"), "Subject: secret\r\n\r\nx");
        Files.writeString(mail.resolve("000000000000001-broken.eml"), "not an email");

        assertThat(mailbox.find("../secret")).isEmpty();
        assertThat(mailbox.find("000000000000001-broken")).isEmpty();
        assertThat(mailbox.find("")).isEmpty();
        assertThat(mailbox.recent(10)).extracting(ArchivedMail::messageId).containsExactly("notification-1-1000");
    }

    @Test
    void aDirectoryThatDoesNotExistYetIsAnEmptyMailboxAndIsCreatedOnTheFirstEmail() {
        FileNotificationSender mailbox = new FileNotificationSender(directory.resolve("data/mail"), Snapshots.settings(),
                clock);
        assertThat(mailbox.recent(10)).isEmpty();
        assertThat(mailbox.send(email("notification-1-1000", NotificationType.WELCOME, ContactLocale.EN)))
                .isEqualTo(new Result.Sent());
        assertThat(mailbox.recent(10)).hasSize(1);
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsATemporaryFailure() throws Exception {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");
        FileNotificationSender mailbox = new FileNotificationSender(file, Snapshots.settings(), clock);
        assertThat(mailbox.send(email("notification-1-1000", NotificationType.WELCOME, ContactLocale.EN)))
                .isInstanceOf(Result.TemporaryFailure.class);
    }

    @Test
    void aMessageIdThatCouldNotTravelInAHeaderIsAPermanentFailureAndWritesNothing() throws Exception {
        for (String bad : List.of("../../etc/passwd", "a@b", "a\r\nBcc: x@example.com", "", "a..b")) {
            assertThat(mailbox().send(new Outgoing(bad, Snapshots.complete(NotificationType.WELCOME, ContactLocale.EN))))
                    .as(bad).isInstanceOf(Result.PermanentFailure.class);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void theSentDateComesFromTheClock() {
        clock.set(Instant.parse("2027-01-15T12:34:56Z"));
        FileNotificationSender mailbox = mailbox();
        mailbox.send(email("notification-1-1000", NotificationType.WELCOME, ContactLocale.EN));
        assertThat(mailbox.recent(1).get(0).sentAt()).isEqualTo(Instant.parse("2027-01-15T12:34:56Z"));
    }
}
