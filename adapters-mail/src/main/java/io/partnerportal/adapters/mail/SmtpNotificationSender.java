package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.port.out.NotificationSender;
import jakarta.mail.Session;
import java.time.Clock;
import java.util.Properties;
import org.apache.commons.mail2.core.EmailException;
import org.apache.commons.mail2.jakarta.DefaultAuthenticator;
import org.apache.commons.mail2.jakarta.HtmlEmail;

/**
 * Sends each email over SMTP with Apache Commons Email, one connection per email. Connecting,
 * reading and writing are each bounded by {@link MailSettings#timeout()}, so a server that is
 * down or hangs costs the delivery loop at most a few timeouts; the core retries later.
 */
final class SmtpNotificationSender implements NotificationSender {
    private final MimeComposer composer;
    private final Session session;
    private final String password;

    SmtpNotificationSender(MailSettings settings, Clock clock) {
        if (settings.smtpHost() == null) {
            throw new IllegalArgumentException("sending over SMTP needs an SMTP host");
        }
        this.composer = new MimeComposer(settings, clock);
        this.password = settings.smtpPassword();
        this.session = Session.getInstance(properties(settings), settings.smtpUser() == null ? null
                : new DefaultAuthenticator(settings.smtpUser(), settings.smtpPassword() == null ? ""
                        : settings.smtpPassword()));
    }

    /**
     * The Jakarta Mail session's settings, all set before the session exists (later changes are
     * not seen). Built from scratch, not from the system properties.
     */
    static Properties properties(MailSettings settings) {
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.smtpHost());
        p.setProperty("mail.smtp.port", Integer.toString(settings.smtpPort()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.from", settings.from());
        // once the server has accepted the message, a slow answer to QUIT must not turn it into
        // a failure, and so into a duplicate
        p.setProperty("mail.smtp.quitwait", "false");
        p.setProperty("mail.mime.charset", "UTF-8");
        if (settings.startTls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (settings.smtpUser() != null) {
            p.setProperty("mail.smtp.auth", "true");
            p.setProperty("mail.smtp.user", settings.smtpUser());
        }
        return p;
    }

    /** The subject the email is sent with, for the email log (SPEC §6.3). */
    @Override
    public String subject(NotificationContent content) {
        return composer.subject(content);
    }

    @Override
    public Result send(Outgoing outgoing) {
        HtmlEmail email;
        try {
            email = composer.compose(outgoing, session);
        } catch (EmailException | IllegalArgumentException refused) {
            return new Result.PermanentFailure("cannot build the email: " + SmtpFailures.reason(refused, password));
        }
        try {
            email.sendMimeMessage();
            return new Result.Sent();
        } catch (EmailException failure) {
            return SmtpFailures.classify(failure, password);
        }
    }
}
