package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's delivery loop (SPEC §4), driven by advancing the clock. */
class DeliveryTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;

    @BeforeEach
    void partner() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
    }

    private NotificationDelivery delivery() {
        return fx.core.notificationDelivery();
    }

    private List<NotificationOutbox.Entry> rows(String email) {
        return fx.storage.outbox().forRecipient(EmailAddress.parse(email));
    }

    @Test
    void aFailedDeliveryIsRetriedAfter1_5_30_120_720MinutesThenDead() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        fx.mail.failTemporarily();
        int[] waits = {1, 5, 30, 120, 720};
        assertThat(delivery().deliverDue().retried()).isEqualTo(1);
        for (int i = 0; i < waits.length; i++) {
            NotificationOutbox.Entry welcome = rows("ken@example.jp").get(0);
            assertThat(welcome.attempts()).isEqualTo(i + 1);
            fx.clock.advance(Duration.ofMinutes(waits[i]).minusSeconds(1));
            assertThat(delivery().deliverDue().claimed()).isZero();
            fx.clock.advance(Duration.ofSeconds(1));
            DeliveryReport r = delivery().deliverDue();
            assertThat(r.claimed()).isEqualTo(1);
        }
        NotificationOutbox.Entry dead = rows("ken@example.jp").get(0);
        assertThat(dead.status()).isEqualTo(NotificationOutbox.Status.DEAD);
        assertThat(dead.attempts()).isEqualTo(6);
        assertThat(delivery().status()).isEqualTo(new NotificationDelivery.Status(1, 1,
                rows("ken@example.jp").get(1).createdAt()));
        assertThat(delivery().dead(10)).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("WELCOME");
            assertThat(d.recipient()).isEqualTo("ken@example.jp");
            assertThat(d.lastError()).contains("421");
        });
        // the dead WELCOME no longer holds back the next email
        fx.mail.acceptAll();
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void aPermanentFailureIsDeadAtOnceAndOtherRecipientsStillGetTheirs() {
        fx.order(partner, account, "jira").site("acme").contact("bounce@example.jp").contact("ken@example.jp").place();
        fx.mail.behave(e -> e.content().recipient().value().startsWith("bounce")
                ? new NotificationSender.Result.PermanentFailure("550 no such user")
                : new NotificationSender.Result.Sent());
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED);
        assertThat(rows("bounce@example.jp")).extracting(NotificationOutbox.Entry::status)
                .containsExactly(NotificationOutbox.Status.DEAD, NotificationOutbox.Status.DEAD);
        assertThat(rows("bounce@example.jp").get(0).attempts()).isEqualTo(1);
    }

    @Test
    void R13_welcomeStaysFirstEvenWhenItHasToBeRetried() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        fx.mail.behave(e -> e.content().type() == NotificationType.WELCOME
                ? new NotificationSender.Result.TemporaryFailure("451 greylisted")
                : new NotificationSender.Result.Sent());
        delivery().deliverDue();
        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").place();
        delivery().deliverDue();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).isEmpty();
        fx.mail.acceptAll();
        fx.clock.advance(Duration.ofMinutes(1));
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED, NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void eachEmailCarriesAStableMessageIdDerivedFromItsRow() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        fx.deliverAll();
        List<NotificationOutbox.Entry> stored = rows("ken@example.jp");
        assertThat(fx.mail.sent()).extracting(NotificationSender.Outgoing::messageId).containsExactly(
                "notification-" + stored.get(0).id() + "-" + stored.get(0).createdAt().toEpochMilli(),
                "notification-" + stored.get(1).id() + "-" + stored.get(1).createdAt().toEpochMilli());
    }

    @Test
    void aSignInLinkThatCouldNotBeSentBeforeItExpiredIsNeverSent() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        fx.deliverAll();
        fx.mail.clear();
        fx.mail.failTemporarily();
        fx.core.signIn().requestLink("ken@example.jp");
        fx.core.signIn().sendRequestedLinks();
        delivery().deliverDue();
        fx.mail.acceptAll();
        fx.clock.advance(Duration.ofMinutes(16));
        fx.deliverAll();
        assertThat(fx.mail.sent()).isEmpty();
        NotificationOutbox.Entry link = rows("ken@example.jp").get(2);
        assertThat(link.type()).isEqualTo(NotificationType.SIGN_IN_LINK);
        assertThat(link.status()).isEqualTo(NotificationOutbox.Status.DEAD);
        assertThat(link.lastError()).contains("expired");
    }

    @Test
    void aSentSignInLinkNoLongerHoldsItsToken() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        fx.core.signIn().requestLink("ken@example.jp");
        fx.core.signIn().sendRequestedLinks();
        assertThat(rows("ken@example.jp").get(2).content().signInToken()).isNotBlank();
        fx.deliverAll();
        // V2: the link goes out in its own lane, so it need not be the third email sent
        assertThat(fx.mail.sentTo("ken@example.jp").stream().filter(c -> c.type() == NotificationType.SIGN_IN_LINK)
                .findFirst().orElseThrow().signInToken()).isNotBlank();
        assertThat(rows("ken@example.jp").get(2).content().signInToken()).isNull();
        assertThat(rows("ken@example.jp").get(2).status()).isEqualTo(NotificationOutbox.Status.SENT);
    }

    @Test
    void aSenderThatThrowsIsTreatedAsATemporaryFailure() {
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").place();
        fx.mail.behave(e -> {
            throw new IllegalStateException("connection reset");
        });
        DeliveryReport r = delivery().deliverDue();
        assertThat(r.retried()).isEqualTo(1);
        assertThat(rows("ken@example.jp").get(0).lastError()).contains("connection reset");
    }

    @Test
    void afterATemporaryFailureTheRestOfThePassWaitsForTheNextOne() {
        for (String email : List.of("a@example.jp", "b@example.jp", "c@example.jp")) {
            fx.order(partner, account, "jira").site("site-" + email.charAt(0)).contact(email).place();
        }
        fx.mail.behave(e -> e.content().recipient().value().startsWith("a")
                ? new NotificationSender.Result.TemporaryFailure("421 service not available")
                : new NotificationSender.Result.Sent());
        DeliveryReport first = delivery().deliverDue();
        assertThat(first.claimed()).isEqualTo(3);
        assertThat(first.retried()).isEqualTo(1);
        assertThat(first.released()).isEqualTo(2);
        assertThat(fx.mail.sent()).isEmpty();
        DeliveryReport second = delivery().deliverDue();
        assertThat(second.sent()).isEqualTo(2);
        assertThat(rows("b@example.jp").get(0).attempts()).isEqualTo(1);
    }

    @Test
    void aPassGivesBackWhatItCouldNotSendWithinHalfItsLease() {
        for (String email : List.of("a@example.jp", "b@example.jp", "c@example.jp", "d@example.jp")) {
            fx.order(partner, account, "jira").site("site-" + email.charAt(0)).contact(email).place();
        }
        fx.mail.behave(e -> {
            fx.clock.advance(Duration.ofSeconds(40));
            return new NotificationSender.Result.Sent();
        });
        DeliveryReport slow = delivery().deliverDue();
        assertThat(slow.sent()).isEqualTo(2);
        assertThat(slow.released()).isEqualTo(2);
        assertThat(rows("c@example.jp").get(0).attempts()).isZero();
        fx.mail.acceptAll();
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("c@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED);
    }
}
