package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import io.partnerportal.core.testing.contract.NotificationSenderContract;
import io.partnerportal.core.testing.contract.SentMailArchiveContract;
import java.util.List;
import org.junit.jupiter.api.Nested;

class RecordingNotificationSenderTest {
    private final RecordingNotificationSender sender = new RecordingNotificationSender(MutableClock.at("2026-05-01"));

    @Nested
    class Sender extends NotificationSenderContract {
        @Override
        protected NotificationSender sender() {
            return sender;
        }

        @Override
        protected List<Delivered> delivered() {
            return sender.sent().stream().map(o -> new Delivered(o.messageId(), o.content().recipient().value(),
                    o.content().type())).toList();
        }
    }

    @Nested
    class Archive extends SentMailArchiveContract {
        @Override
        protected NotificationSender sender() {
            return sender;
        }

        @Override
        protected SentMailArchive archive() {
            return sender;
        }
    }
}
