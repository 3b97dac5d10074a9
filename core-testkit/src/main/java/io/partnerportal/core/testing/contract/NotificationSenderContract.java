package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.NotificationSender.Outgoing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code NotificationSender}: an accepted email reaches its recipient once, with its Message-ID
 * and its type.
 */
public abstract class NotificationSenderContract {

    /** What a recipient received, read from wherever the sender delivers. */
    public record Delivered(String messageId, String recipient, NotificationType type) {
    }

    protected abstract NotificationSender sender();

    /** Everything delivered so far, in delivery order. */
    protected abstract List<Delivered> delivered();

    protected static Outgoing email(String id, String to, NotificationType type) {
        EmailAddress address = new EmailAddress(to);
        return new Outgoing(id, NotificationContent.of(type, address, "Ken", ContactLocale.EN));
    }

    @Test
    void anAcceptedEmailIsDeliveredOnceWithItsMessageIdAndType() {
        NotificationSender.Result r = sender().send(email("notification-1-1000", "ken@example.jp",
                NotificationType.WELCOME));
        assertThat(r).isInstanceOf(NotificationSender.Result.Sent.class);
        assertThat(delivered()).containsExactly(new Delivered("notification-1-1000", "ken@example.jp",
                NotificationType.WELCOME));
    }
}
