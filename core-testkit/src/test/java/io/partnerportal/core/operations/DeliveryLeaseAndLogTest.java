package io.partnerportal.core.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.DeliveryTally;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender.Result;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.testing.PortalFixture;
import io.partnerportal.core.testing.RecordingNotificationSender;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6.5: a pass keeps the rows it works on under a short lease it renews; the rows of an
 * instance that stopped are another's one lease later; each failed attempt is one WARN line and
 * each dead row one ERROR line, never naming the address or the content; operators requeue dead
 * rows.
 */
class DeliveryLeaseAndLogTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private final CapturingLogger log = new CapturingLogger();
    private PartnerId partner;
    private String account;

    @BeforeEach
    void partner() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
    }

    private EmailDelivery instance(String name, NotificationSender sender) {
        CoreSettings settings = CoreSettings.defaults();
        return new EmailDelivery(fx.storage.outbox(), fx.storage.people(), fx.storage.signingKeys(), sender, fx.clock,
                name, settings.deliveryBatchSize(), settings.deliveryLease(), settings.deliveryPassBudget(), log);
    }

    private List<NotificationOutbox.Entry> rows(String email) {
        return fx.storage.outbox().forRecipient(EmailAddress.parse(email));
    }

    private void orderFor(String... emails) {
        for (String email : emails) {
            fx.order(partner, account, "jira").site("site-" + email.charAt(0))
                    .contact(email, "Ken Yamada", "en").place();
        }
    }

    @Test
    void theDefaultLeaseLetsAnotherInstanceTakeOverWithinThirtySeconds() {
        assertThat(CoreSettings.defaults().deliveryLease()).isLessThanOrEqualTo(Duration.ofSeconds(20));
        orderFor("a@example.jp", "b@example.jp");
        // an instance claims the rows and is killed before it sends anything
        List<NotificationOutbox.Entry> held = fx.storage.outbox().claim(fx.clock.instant(),
                CoreSettings.defaults().deliveryLease(), "killed", 50);
        assertThat(held).hasSize(2);
        RecordingNotificationSender survivorMail = new RecordingNotificationSender(fx.clock);
        EmailDelivery survivor = instance("survivor", survivorMail);

        fx.clock.advance(CoreSettings.defaults().deliveryLease().minusSeconds(1));
        assertThat(survivor.deliverDue().claimed()).isZero();
        fx.clock.advance(Duration.ofSeconds(1));
        assertThat(survivor.deliverDue().sent()).isEqualTo(2);
        assertThat(survivorMail.typesSentTo("a@example.jp")).containsExactly(NotificationType.WELCOME);
        assertThat(survivorMail.typesSentTo("b@example.jp")).containsExactly(NotificationType.WELCOME);
    }

    @Test
    void aSlowPassRenewsWhatItStillHasToSendSoNoOtherInstanceSendsItToo() {
        orderFor("a@example.jp", "b@example.jp", "c@example.jp", "d@example.jp");
        RecordingNotificationSender otherMail = new RecordingNotificationSender(fx.clock);
        EmailDelivery other = instance("other", otherMail);
        // each send of the first instance takes 15 s, three quarters of its lease; the other
        // instance runs a pass during every one of them
        RecordingNotificationSender slowMail = new RecordingNotificationSender(fx.clock);
        slowMail.behave(e -> {
            fx.clock.advance(Duration.ofSeconds(15));
            other.deliverDue();
            return new Result.Sent();
        });
        DeliveryReport slow = instance("slow", slowMail).deliverDue();

        assertThat(slow.sent()).isEqualTo(4);
        assertThat(slow.released()).isZero();
        assertThat(slowMail.sent()).extracting(o -> o.content().type()).containsOnly(NotificationType.WELCOME);
        // the other instance sent only what the slow one did not hold: the PRODUCT_ORDERED emails
        // once each recipient's WELCOME was out, never a WELCOME
        assertThat(otherMail.sent()).extracting(o -> o.content().type()).containsOnly(NotificationType.PRODUCT_ORDERED);
        Set<String> ids = new HashSet<>();
        slowMail.sent().forEach(o -> assertThat(ids.add(o.messageId())).as(o.messageId()).isTrue());
        otherMail.sent().forEach(o -> assertThat(ids.add(o.messageId())).as(o.messageId()).isTrue());
    }

    @Test
    void aFailedAttemptIsOneWarningAndADeadRowOneErrorWithoutTheAddressOrTheContent() {
        orderFor("ken@example.jp");
        RecordingNotificationSender mail = new RecordingNotificationSender(fx.clock);
        mail.behave(e -> new Result.TemporaryFailure("451 4.7.1 <ken@example.jp>: greylisted, try again"));
        EmailDelivery loop = instance("one", mail);
        long id = rows("ken@example.jp").get(0).id();

        loop.deliverDue();
        assertThat(log.lines).containsExactly("WARNING Email " + id + " (WELCOME) attempt 1 failed; next try at "
                + fx.clock.instant().plus(Duration.ofMinutes(1)) + ": 451 4.7.1 <address>: greylisted, try again");
        for (int wait : new int[] {1, 5, 30, 120}) {
            fx.clock.advance(Duration.ofMinutes(wait));
            loop.deliverDue();
        }
        assertThat(log.lines).hasSize(5).allMatch(l -> l.startsWith("WARNING Email " + id + " (WELCOME) attempt "));
        fx.clock.advance(Duration.ofMinutes(720));
        loop.deliverDue();
        assertThat(log.lines.subList(5, 7)).containsExactly(
                "WARNING Email " + id + " (WELCOME) attempt 6 failed; next try none: 451 4.7.1 <address>: greylisted,"
                        + " try again",
                "ERROR Email " + id + " (WELCOME) is dead after 6 attempts: 451 4.7.1 <address>: greylisted, try again");
        assertThat(log.lines).noneMatch(l -> l.contains("ken@") || l.contains("Ken") || l.contains("Yamada")
                || l.contains("site-k") || l.contains("Reseller") || l.contains("Jira"));
    }

    @Test
    void aSenderThatThrowsIsLoggedByItsExceptionClassAlone() {
        orderFor("ken@example.jp");
        RecordingNotificationSender mail = new RecordingNotificationSender(fx.clock);
        mail.behave(e -> {
            throw new IllegalStateException("could not reach " + e.content().recipient() + " for Ken Yamada");
        });
        instance("one", mail).deliverDue();
        assertThat(log.lines).singleElement().satisfies(l -> assertThat(l)
                .endsWith("attempt 1 failed; next try at " + fx.clock.instant().plus(Duration.ofMinutes(1))
                        + ": java.lang.IllegalStateException")
                .doesNotContain("ken@").doesNotContain("Yamada"));
    }

    @Test
    void aPermanentRefusalWarnsOnceAndErrsOnceAndASentEmailLogsNothing() {
        orderFor("bounce@example.jp", "ken@example.jp");
        RecordingNotificationSender mail = new RecordingNotificationSender(fx.clock);
        mail.behave(e -> e.content().recipient().value().startsWith("bounce")
                ? new Result.PermanentFailure("550 5.1.1 bounce@example.jp: no such user")
                : new Result.Sent());
        EmailDelivery loop = instance("one", mail);
        while (loop.deliverDue().claimed() > 0) {
            fx.clock.advance(Duration.ofSeconds(1));
        }
        long welcome = rows("bounce@example.jp").get(0).id();
        long ordered = rows("bounce@example.jp").get(1).id();
        assertThat(log.lines).containsExactly(
                "WARNING Email " + welcome + " (WELCOME) attempt 1 failed; next try none: 550 5.1.1 <address>: no such"
                        + " user",
                "ERROR Email " + welcome + " (WELCOME) is dead after 1 attempt: 550 5.1.1 <address>: no such user",
                "WARNING Email " + ordered + " (PRODUCT_ORDERED) attempt 1 failed; next try none: 550 5.1.1 <address>:"
                        + " no such user",
                "ERROR Email " + ordered + " (PRODUCT_ORDERED) is dead after 1 attempt: 550 5.1.1 <address>: no such"
                        + " user");
        assertThat(mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void anExpiredSignInLinkIsOneErrorAndNoWarning() {
        orderFor("ken@example.jp");
        fx.deliverAll();
        fx.core.signIn().requestLink("ken@example.jp");
        fx.core.signIn().sendRequestedLinks();
        fx.clock.advance(Duration.ofMinutes(16));
        instance("one", fx.mail).deliverDue();
        long link = rows("ken@example.jp").get(2).id();
        assertThat(log.lines).containsExactly("ERROR Email " + link + " (SIGN_IN_LINK) is dead after 0 attempts:"
                + " expired before it could be sent");
    }

    @Test
    void theTallyCountsAttemptsSentRetriedAndDeadByType() {
        orderFor("ken@example.jp", "bounce@example.jp");
        RecordingNotificationSender mail = new RecordingNotificationSender(fx.clock);
        EmailDelivery loop = instance("one", mail);
        assertThat(loop.tally()).isEmpty();
        mail.behave(e -> e.content().recipient().value().startsWith("bounce")
                ? new Result.PermanentFailure("550 no such user")
                : new Result.TemporaryFailure("421 busy"));
        loop.deliverDue(); // ken's WELCOME fails first, the pass stops there
        mail.behave(e -> e.content().recipient().value().startsWith("bounce")
                ? new Result.PermanentFailure("550 no such user")
                : new Result.Sent());
        fx.clock.advance(Duration.ofMinutes(1));
        while (loop.deliverDue().claimed() > 0) {
            fx.clock.advance(Duration.ofSeconds(1));
        }
        assertThat(loop.tally()).containsEntry("WELCOME", new DeliveryTally(3, 1, 1, 1))
                .containsEntry("PRODUCT_ORDERED", new DeliveryTally(2, 1, 0, 1)).hasSize(2);
    }

    @Test
    void operatorsRequeueDeadEmailsByIdOrAllAndAWrongIdChangesNothing() {
        orderFor("bounce@example.jp", "late@example.jp");
        fx.mail.behave(e -> new Result.PermanentFailure("550 no such user"));
        fx.deliverAll();
        NotificationDelivery delivery = fx.core.notificationDelivery();
        List<Long> dead = delivery.dead(10).stream().map(NotificationDelivery.DeadNotification::id).toList();
        assertThat(dead).hasSize(4);

        fx.mail.acceptAll();
        long sentLater = dead.get(0);
        assertThatThrownBy(() -> delivery.requeue(List.of(sentLater, 999_999L)))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(err -> err.field() + " " + err.message()).containsExactly("ids 999999: no such email"));
        assertThat(delivery.status().dead()).isEqualTo(4);
        assertThatThrownBy(() -> delivery.requeue(List.of())).isInstanceOf(ValidationException.class);

        assertThat(delivery.requeue(List.of(sentLater))).isOne();
        fx.deliverAll();
        assertThatThrownBy(() -> delivery.requeue(List.of(sentLater)))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.getMessage())
                        .isEqualTo("ids: " + sentLater + ": not dead (sent)"));
        assertThat(delivery.requeueAllDead()).isEqualTo(3);
        fx.deliverAll();
        assertThat(delivery.status()).isEqualTo(new NotificationDelivery.Status(0, 0, null));
        assertThat(fx.mail.typesSentTo("late@example.jp")).containsExactlyInAnyOrder(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED);
        assertThat(fx.mail.typesSentTo("bounce@example.jp")).containsExactlyInAnyOrder(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED);
        assertThatThrownBy(() -> delivery.dead(0)).isInstanceOf(ValidationException.class);
    }

    /** A {@code System.Logger} that keeps "LEVEL message" lines. */
    static final class CapturingLogger implements System.Logger {
        final List<String> lines = new ArrayList<>();

        @Override
        public String getName() {
            return "capturing";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(level.name() + " " + msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level.name() + " " + (params == null || params.length == 0 ? format
                    : MessageFormat.format(format, params)));
        }
    }
}
