package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.testing.contract.NotificationSenderContract.Delivered;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.mail2.jakarta.util.MimeMessageParser;

/** Reading what arrived, the way a mail program would. */
final class Mails {
    private Mails() {
    }

    /** {@code <notification-1-1000@portal.example>} → {@code notification-1-1000}. */
    static String localPart(MimeMessage m) throws MessagingException {
        String id = m.getMessageID();
        return id.substring(1, id.lastIndexOf('@'));
    }

    static String type(MimeMessage m) throws MessagingException {
        return m.getHeader(MimeComposer.TYPE_HEADER, null);
    }

    static Delivered delivered(MimeMessage m) {
        try {
            return new Delivered(localPart(m), ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0])
                    .getAddress(), NotificationType.valueOf(type(m)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) throws Exception {
        return new MimeMessageParser(m).parse().getPlainContent();
    }

    static String html(MimeMessage m) throws Exception {
        return new MimeMessageParser(m).parse().getHtmlContent();
    }

    static String raw(MimeMessage m) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** The header lines of a raw message, each folded header unfolded onto one line. */
    static List<String> headerLines(String raw) {
        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        return Arrays.asList(head.replaceAll("\r\n[ \t]", " ").split("\r\n"));
    }
}
