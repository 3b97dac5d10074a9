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
     *
     * @param messageId        the Message-ID's local part
     * @param content          what to render
     * @param unsubscribeToken for an optional email, the signed token of its unsubscribe link (R18); else null
     * @param traceParent      the W3C {@code traceparent} of the request that caused it, for a header (O4); else null
     */
    record Outgoing(String messageId, NotificationContent content, String unsubscribeToken, String traceParent) {
        /**
         * Checks that the message id and the content are present.
         *
         * @param messageId        the Message-ID's local part
         * @param content          what to render
         * @param unsubscribeToken for an optional email, the signed token of its unsubscribe link (R18); else null
         * @param traceParent      the W3C {@code traceparent} of the request that caused it; else null
         */
        public Outgoing {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(content, "content");
        }

        /**
         * An email no traced request caused.
         *
         * @param messageId        the Message-ID's local part
         * @param content          what to render
         * @param unsubscribeToken for an optional email, the signed token of its unsubscribe link (R18); else null
         */
        public Outgoing(String messageId, NotificationContent content, String unsubscribeToken) {
            this(messageId, content, unsubscribeToken, null);
        }

        /**
         * An email without an unsubscribe link.
         *
         * @param messageId the Message-ID's local part
         * @param content   what to render
         */
        public Outgoing(String messageId, NotificationContent content) {
            this(messageId, content, null, null);
        }
    }

    /** How a delivery went; the delivery loop retries or gives up from it. */
    sealed interface Result {
        /** Accepted by the mail server (or written, for the file sender). */
        record Sent() implements Result {
        }

        /**
         * Worth trying again later: the server is down, slow or answered 4xx.
         *
         * @param reason what went wrong, for the row's last error
         */
        record TemporaryFailure(String reason) implements Result {
        }

        /**
         * Never going to work: the server answered 5xx for this message or recipient.
         *
         * @param reason what went wrong, for the row's last error
         */
        record PermanentFailure(String reason) implements Result {
        }
    }

    /**
     * Renders and sends one email, or writes it for the file sender.
     *
     * @param email the email
     * @return sent, or how it failed
     */
    Result send(Outgoing email);

    /**
     * The subject the email of this content has, rendered as {@link #send} renders it, for the person's
     * email log (SPEC §6.3). The core asks when it appends the row and keeps the answer with it, so the
     * subject outlives the content's retention (S7). A sender that cannot tell answers null.
     *
     * @param content what the email says
     * @return its subject on one line, or null when this sender cannot tell
     */
    default String subject(NotificationContent content) {
        return null;
    }
}
