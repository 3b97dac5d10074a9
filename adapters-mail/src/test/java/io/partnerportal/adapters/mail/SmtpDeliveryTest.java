package io.partnerportal.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerportal.core.Core;
import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.RetrySchedule;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.NotificationDelivery.DeadNotification;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.port.out.NotificationOutbox.Entry;
import io.partnerportal.core.port.out.NotificationOutbox.NewNotification;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.InMemoryStorage;
import io.partnerportal.core.testing.MutableClock;
import io.partnerportal.core.testing.PortalFixture;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §4 through the core's own delivery loop: an email may be late but is never lost, never
 * sent twice, and a server that is down, hangs or refuses never holds the loop. Time is moved
 * with the clock; nothing sleeps.
 */
class SmtpDeliveryTest {
    private static final String HOST = "127.0.0.1";
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable s : servers) {
            s.close();
        }
    }

    private GreenMail greenMail(int port) {
        GreenMail g = new GreenMail(new ServerSetup(port, HOST, "smtp"));
        servers.add(g::stop);
        return g;
    }

    private ScriptedSmtpServer scripted() {
        ScriptedSmtpServer s = ScriptedSmtpServer.start();
        servers.add(s);
        return s;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Core delivering(Storage storage, MutableClock clock, MailSettings settings) {
        return Core.builder(storage, MailSenders.smtp(settings)).clock(clock)
                .settings(CoreSettings.defaults().withInstanceName("mail-test")).build();
    }

    /** Passes of the loop until one claims nothing, as the app's scheduler runs them. */
    private static int deliverAll(Core core) {
        int passes = 0;
        while (core.notificationDelivery().deliverDue().claimed() > 0 && passes < 1000) {
            passes++;
        }
        return passes;
    }

    private static String messageId(Entry e) {
        return "<notification-" + e.id() + "-" + e.createdAt().toEpochMilli() + "@portal.example>";
    }

    @Test
    void aJapaneseContactReceivesTheirOrderInJapaneseIntact() throws Exception {
        GreenMail smtp = greenMail(0);
        smtp.start();
        PortalFixture fx = PortalFixture.on("2026-11-23");
        PartnerId partner = PortalFixture.id(fx.partner("Example Reseller"));
        String account = fx.account(partner, "ACME 東京本社");
        SubscriptionView jira = fx.order(partner, account, "jira").site("acme").start("2027-01-15")
                .contact("ken@example.jp", "山田 太郎", "ja").placeOne();
        Core core = delivering(fx.storage, fx.clock, Snapshots.smtp(HOST, smtp.getSmtp().getPort(), Duration.ofSeconds(5)));

        deliverAll(core);

        assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(Mails::type).containsExactly("WELCOME", "PRODUCT_ORDERED");
        MimeMessage order = received[1];
        Entry row = fx.storage.outbox().forRecipient(new EmailAddress("ken@example.jp")).get(1);
        assertThat(order.getMessageID()).isEqualTo(messageId(row));
        assertThat(order.getSubject()).isEqualTo("新しいサブスクリプション: Jira");
        assertThat(order.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(((InternetAddress) order.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("山田 太郎");
        assertThat(order.getHeader("Content-Language", null)).isEqualTo("ja");
        assertThat(Mails.text(order)).startsWith("山田 太郎 様").contains("Example Reseller が新しいサブスクリプションを注文し",
                jira.entitlementNumber(), "2027年1月15日", "年払い", "acme.atlassian.net",
                "https://portal.example/subscriptions/" + jira.entitlementNumber());
        assertThat(Mails.html(order)).contains("<html lang=\"ja\">", "山田 太郎 様", "エンタイトルメント番号");
        assertThat(fx.storage.outbox().counts()).isEqualTo(new NotificationOutbox.Counts(0, 0));
    }

    @Test
    void R18_anOptionalEmailCarriesOneClickUnsubscribeHeadersAndOneThatIsAlwaysSentDoesNot() throws Exception {
        GreenMail smtp = greenMail(0);
        smtp.start();
        PortalFixture fx = PortalFixture.on("2026-11-23");
        PartnerId partner = PortalFixture.id(fx.partner("Example Reseller"));
        String account = fx.account(partner, "ACME");
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp", "Ken", "en").placeOne();
        Core core = delivering(fx.storage, fx.clock, Snapshots.smtp(HOST, smtp.getSmtp().getPort(), Duration.ofSeconds(5)));

        deliverAll(core);

        assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage welcome = smtp.getReceivedMessages()[0];
        MimeMessage order = smtp.getReceivedMessages()[1];
        assertThat(welcome.getHeader("List-Unsubscribe")).isNull();
        assertThat(welcome.getHeader("List-Unsubscribe-Post")).isNull();
        String link = order.getHeader("List-Unsubscribe", null);
        assertThat(link).startsWith("<https://portal.example/unsubscribe/").endsWith(">");
        assertThat(order.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String token = link.substring("<https://portal.example/unsubscribe/".length(), link.length() - 1);
        assertThat(fx.core.customerPortal().unsubscribe(token).type())
                .isEqualTo(io.partnerportal.core.domain.notification.NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void twoHundredEmailsQueuedWhileSmtpIsDownAreAllDeliveredOnceItIsBack() throws Exception {
        MutableClock clock = MutableClock.at("2026-11-23");
        Storage storage = InMemoryStorage.create();
        int port = freePort();
        GreenMail smtp = greenMail(port);
        Core core = delivering(storage, clock, Snapshots.smtp(HOST, port, Duration.ofSeconds(2)));
        List<NewNotification> rows = new ArrayList<>();
        NotificationType[] types = NotificationType.values();
        for (int i = 0; i < 200; i++) {
            String to = "contact" + (i % 50) + "@example.com";
            ContactLocale locale = i % 2 == 0 ? ContactLocale.EN : ContactLocale.JA;
            rows.add(new NewNotification(new EmailAddress(to),
                    Snapshots.complete(types[i % types.length], to, "Contact " + i, locale), clock.instant(), null));
        }
        storage.unitOfWork().run(() -> storage.outbox().append(rows));

        DeliveryReport down = core.notificationDelivery().deliverDue();
        // the first failure ends the pass: the rest of the batch is given back, not attempted
        assertThat(down).isEqualTo(new DeliveryReport(50, 0, 1, 0, 49));
        assertThat(storage.outbox().counts()).isEqualTo(new NotificationOutbox.Counts(200, 0, clock.instant()));

        smtp.start();
        clock.advance(RetrySchedule.DELAYS.get(0));
        deliverAll(core);

        assertThat(smtp.waitForIncomingEmail(10_000, 200)).isTrue();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 50; r++) {
            storage.outbox().forRecipient(new EmailAddress("contact" + r + "@example.com"))
                    .forEach(e -> expected.add(messageId(e)));
        }
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(200).containsOnlyKeys(expected).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(storage.outbox().counts()).isEqualTo(new NotificationOutbox.Counts(0, 0));
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersCostsOneTimeoutAndTheEmailIsSentLater() throws Exception {
        ScriptedSmtpServer server = scripted().hangOnNextConnections(1);
        MutableClock clock = MutableClock.at("2026-11-23");
        Storage storage = InMemoryStorage.create();
        Core core = delivering(storage, clock, Snapshots.smtp(server.host(), server.port(), Duration.ofSeconds(1)));
        EmailAddress ken = new EmailAddress("ken@example.jp");
        storage.unitOfWork().run(() -> storage.outbox().append(List.of(new NewNotification(ken,
                Snapshots.complete(NotificationType.WELCOME, ContactLocale.EN), clock.instant(), null))));

        long started = System.nanoTime();
        DeliveryReport report = core.notificationDelivery().deliverDue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(report).isEqualTo(new DeliveryReport(1, 0, 1, 0, 0));
        assertThat(took).isLessThan(Duration.ofSeconds(4));
        Entry row = storage.outbox().forRecipient(ken).get(0);
        assertThat(row.status()).isEqualTo(NotificationOutbox.Status.PENDING);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.dueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(row.lastError()).containsIgnoringCase("timed out");

        assertThat(core.notificationDelivery().deliverDue().claimed()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(core.notificationDelivery().deliverDue()).isEqualTo(new DeliveryReport(1, 1, 0, 0, 0));
        assertThat(server.accepted()).singleElement().satisfies(m -> assertThat(m.getMessageID())
                .isEqualTo(messageId(row)));
    }

    @Test
    void aRecipientTheServerRefusesForGoodIsDeadAndShownWhileTheOthersAreDelivered() throws Exception {
        ScriptedSmtpServer server = scripted().replyToRecipient("gone@example.com", "550 5.1.1 no such user");
        MutableClock clock = MutableClock.at("2026-11-23");
        Storage storage = InMemoryStorage.create();
        Core core = delivering(storage, clock, Snapshots.smtp(server.host(), server.port(), Duration.ofSeconds(2)));
        List<NewNotification> rows = new ArrayList<>();
        for (String to : List.of("ken@example.jp", "gone@example.com", "yui@example.jp")) {
            rows.add(new NewNotification(new EmailAddress(to), Snapshots.complete(NotificationType.CANCELLED, to,
                    "Contact", ContactLocale.EN), clock.instant(), null));
        }
        storage.unitOfWork().run(() -> storage.outbox().append(rows));

        assertThat(core.notificationDelivery().deliverDue()).isEqualTo(new DeliveryReport(3, 2, 0, 1, 0));

        assertThat(core.notificationDelivery().status()).isEqualTo(new NotificationDelivery.Status(0, 1));
        assertThat(core.notificationDelivery().dead(10)).singleElement().satisfies((DeadNotification d) -> {
            assertThat(d.recipient()).isEqualTo("gone@example.com");
            assertThat(d.type()).isEqualTo("CANCELLED");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastError()).contains("550 5.1.1 no such user");
        });
        assertThat(server.accepted()).extracting(Mails::delivered).extracting(d -> d.recipient())
                .containsExactlyInAnyOrder("ken@example.jp", "yui@example.jp");
    }

    @Test
    void aRecipientRefusedForNowIsRetriedOnScheduleThenDead() {
        ScriptedSmtpServer server = scripted().replyToRecipient("busy@example.com", "451 4.3.0 try again later");
        MutableClock clock = MutableClock.at("2026-11-23");
        Storage storage = InMemoryStorage.create();
        Core core = delivering(storage, clock, Snapshots.smtp(server.host(), server.port(), Duration.ofSeconds(2)));
        EmailAddress busy = new EmailAddress("busy@example.com");
        storage.unitOfWork().run(() -> storage.outbox().append(List.of(new NewNotification(busy,
                Snapshots.complete(NotificationType.WELCOME, busy.value(), "Busy", ContactLocale.EN), clock.instant(),
                null))));

        for (Duration delay : RetrySchedule.DELAYS) {
            assertThat(core.notificationDelivery().deliverDue().retried()).isEqualTo(1);
            clock.advance(delay);
        }
        assertThat(core.notificationDelivery().deliverDue().dead()).isEqualTo(1);

        Entry row = storage.outbox().forRecipient(busy).get(0);
        assertThat(row.status()).isEqualTo(NotificationOutbox.Status.DEAD);
        assertThat(row.attempts()).isEqualTo(RetrySchedule.DELAYS.size() + 1);
        assertThat(row.lastError()).contains("451");
        assertThat(server.accepted()).isEmpty();
    }
}
