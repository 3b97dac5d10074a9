package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.port.out.NotificationSender.Outgoing;
import io.partnerportal.core.port.out.TraceContext;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.regex.Pattern;
import org.apache.commons.mail2.core.EmailException;
import org.apache.commons.mail2.jakarta.HtmlEmail;

/**
 * Turns one outbox row into a MIME message, the same for SMTP and for files: multipart/alternative
 * (plain text, then HTML) in UTF-8, with From, To, Subject (RFC 2047 encoded), Date, the stable
 * Message-ID {@code <local-part@domain of the sender>}, and {@code X-Notification-Type}; an optional
 * email also {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} (R18, RFC 8058); an email
 * caused by a traced request its W3C {@code traceparent} (O4), so the mail's path joins the trace.
 */
final class MimeComposer {
    static final String TYPE_HEADER = "X-Notification-Type";
    static final String TRACE_HEADER = "traceparent";
    /** A dot-atom: what may stand before the {@code @} of a Message-ID without quoting. */
    static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*");

    private final MailSettings settings;
    /** The domain of the sender address, which names the Message-IDs. */
    private final String messageIdDomain;
    private final EmailTemplates templates;
    private final PortalLinks links;
    private final Clock clock;

    /**
     * Jakarta Mail looks its stream provider up with a {@code ServiceLoader} scan of the class path for
     * every body part it builds or writes, unless this system property names it: a third of the CPU
     * an email cost in a profile of the outbox draining (SPEC §7.2 V1). It names the one
     * implementation the portal ships (Angus Mail), unless the operator set it.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    MimeComposer(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.messageIdDomain = settings.fromAddress().domain();
        this.templates = new EmailTemplates(settings.portalBaseUrl());
        this.links = new PortalLinks(settings.portalBaseUrl());
        this.clock = clock;
    }

    /** The subject {@link #compose} gives the email of {@code c} (for the email log, SPEC §6.3). */
    String subject(NotificationContent c) {
        return templates.render(c).subject();
    }

    private static boolean isValidLocalPart(String messageId) {
        return messageId.length() <= 200 && LOCAL_PART.matcher(messageId).matches();
    }

    /**
     * A new, single-use email for {@code outgoing}, built on {@code session} and ready to send; its
     * MIME message keeps the row's Message-ID through {@code saveChanges()}.
     *
     * @throws EmailException an address Jakarta Mail refuses
     * @throws IllegalArgumentException the message id cannot travel in a header
     */
    HtmlEmail compose(Outgoing outgoing, Session session) throws EmailException {
        if (!isValidLocalPart(outgoing.messageId())) {
            throw new IllegalArgumentException(
                    "the Message-ID's local part must be letters, digits, '-', '_' and inner dots, at most 200");
        }
        NotificationContent c = outgoing.content();
        RenderedEmail r = templates.render(c);
        String messageId = "<" + outgoing.messageId() + "@" + messageIdDomain + ">";
        HtmlEmail email = new StableIdEmail(messageId);
        email.setCharset(StandardCharsets.UTF_8.name());
        email.setMailSession(session);
        email.setFrom(settings.from(), r.fromName());
        email.addTo(c.recipient().value(), SafeText.singleLine(c.recipientName()));
        email.setSubject(r.subject());
        email.setTextMsg(r.text());
        email.setHtmlMsg(r.html());
        email.addHeader(TYPE_HEADER, c.type().name());
        email.addHeader("Content-Language", c.locale().tag());
        email.addHeader("Auto-Submitted", "auto-generated");
        if (outgoing.unsubscribeToken() != null) {
            // R18, RFC 8058: a mail client may offer one-click unsubscribe, a POST to this link
            email.addHeader("List-Unsubscribe", "<" + links.unsubscribe(outgoing.unsubscribeToken()) + ">");
            email.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // a well-formed traceparent only: nothing else reaches a header
        if (TraceContext.wellFormed(outgoing.traceParent())) {
            email.addHeader(TRACE_HEADER, outgoing.traceParent());
        }
        email.setSentDate(Date.from(clock.instant()));
        email.buildMimeMessage();
        return email;
    }

    /** Commons Email's HTML email on a MIME message whose Message-ID is fixed. */
    private static final class StableIdEmail extends HtmlEmail {
        private final String messageId;

        StableIdEmail(String messageId) {
            this.messageId = messageId;
        }

        @Override
        protected MimeMessage createMimeMessage(Session session) {
            return new StableIdMessage(session, messageId);
        }
    }

    /** Jakarta Mail replaces the Message-ID on every {@code saveChanges()}; this one keeps the row's. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
