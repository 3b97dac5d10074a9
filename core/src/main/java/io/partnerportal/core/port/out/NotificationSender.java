package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.notification.NotificationContent;
import java.util.Objects;

/**
 * Renders and sends one email. The core's delivery loop calls it outside any unit of work and
 * decides from the result whether to retry (SPEC §4); a sender never throws for a delivery
 * failure, it reports it.
 */
public interface NotificationSender {

    /**
     * One email to send. {@code messageId} is the local part of the Message-ID (the sender adds
     * {@code @domain} and the angle brackets); it is derived from the outbox row and must reach the
     * recipient unchanged, so that a duplicate is detectable.
     */
    record Outgoing(String messageId, NotificationContent content) {
        public Outgoing {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(content, "content");
        }
    }

    sealed interface Result {
        /** Accepted by the mail server (or written, for the file sender). */
        record Sent() implements Result {
        }

        /** Worth trying again later: the server is down, slow or answered 4xx. */
        record TemporaryFailure(String reason) implements Result {
        }

        /** Never going to work: the server answered 5xx for this message or recipient. */
        record PermanentFailure(String reason) implements Result {
        }
    }

    Result send(Outgoing email);
}
