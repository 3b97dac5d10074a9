package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.NotificationSender.Outgoing;
import io.partnerportal.core.port.out.SentMailArchive;
import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code SentMailArchive}: what its sender sent, newest first, each found again by its id. */
public abstract class SentMailArchiveContract {

    /** The sender whose emails the archive keeps. */
    protected abstract NotificationSender sender();

    protected abstract SentMailArchive archive();

    private static Outgoing email(String id, String to, NotificationType type) {
        return new Outgoing(id, NotificationContent.of(type, new EmailAddress(to), "Ken", ContactLocale.EN));
    }

    @Test
    void listsSentEmailsNewestFirst() {
        assertThat(archive().recent(10)).isEmpty();
        sender().send(email("notification-1-1000", "a@example.com", NotificationType.WELCOME));
        sender().send(email("notification-2-1000", "b@example.com", NotificationType.CANCELLED));
        List<ArchivedMail> recent = archive().recent(10);
        assertThat(recent).extracting(ArchivedMail::to).containsExactly("b@example.com", "a@example.com");
        assertThat(recent).extracting(ArchivedMail::type).containsExactly(NotificationType.CANCELLED,
                NotificationType.WELCOME);
        assertThat(recent).extracting(ArchivedMail::messageId).containsExactly("notification-2-1000",
                "notification-1-1000");
        assertThat(archive().recent(1)).extracting(ArchivedMail::to).containsExactly("b@example.com");
    }

    @Test
    void findsAnEmailByItsId() {
        sender().send(email("notification-3-1000", "c@example.com", NotificationType.SIGN_IN_LINK));
        ArchivedMail mail = archive().recent(1).get(0);
        assertThat(archive().find(mail.id())).contains(mail);
        assertThat(archive().find("no-such-mail")).isEmpty();
    }
}
