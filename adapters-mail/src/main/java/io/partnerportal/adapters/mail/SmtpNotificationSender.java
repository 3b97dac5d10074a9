package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.port.out.NotificationSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.apache.commons.mail2.core.EmailException;
import org.apache.commons.mail2.jakarta.DefaultAuthenticator;
import org.apache.commons.mail2.jakarta.HtmlEmail;

/**
 * Sends emails over SMTP: Apache Commons Email builds each message, and a small pool of open
 * connections carries them (SPEC §7.2 V1), so an email costs one {@code MAIL FROM}/{@code RCPT
 * TO}/{@code DATA} exchange instead of a connection, greeting, STARTTLS and login. Each of the
 * delivery loop's workers takes a connection of its own, so connections are never shared by two
 * emails at once. A connection is closed after any failure, after {@link #MAX_PER_CONNECTION}
 * emails, and when it has been idle longer than {@link #MAX_IDLE} (before a server's own idle
 * limit, so a message is never written to a connection the server already dropped). Connecting,
 * reading and writing are each bounded by {@link MailSettings#timeout()}, per email, so a server
 * that is down or hangs costs the delivery loop at most a few timeouts; the core retries later.
 */
final class SmtpNotificationSender implements NotificationSender {
    /** A connection carries at most this many emails, then a fresh one is opened. */
    static final int MAX_PER_CONNECTION = 100;
    /** A connection idle for longer is closed rather than used. */
    static final Duration MAX_IDLE = Duration.ofSeconds(10);
    /** A connection idle for longer is checked with a NOOP before it carries an email. */
    static final Duration CHECK_AFTER = Duration.ofSeconds(1);
    /** At most this many open connections wait for the next email. */
    static final int MAX_POOLED = 32;

    private final MimeComposer composer;
    private final Session session;
    private final String password;
    private final Deque<Pooled> idle = new ArrayDeque<>();

    /** An open connection and what it has carried. */
    private record Pooled(Transport transport, int sent, long idleSince) {
    }

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
        MimeMessage message = email.getMimeMessage();
        Pooled connection = null;
        try {
            message.saveChanges(); // the stable Message-ID survives it (MimeComposer)
            connection = take();
            connection.transport().sendMessage(message, message.getAllRecipients());
        } catch (MessagingException failure) {
            if (connection != null) {
                close(connection.transport());
            }
            return SmtpFailures.classify(failure, password);
        }
        giveBack(new Pooled(connection.transport(), connection.sent() + 1, System.nanoTime()));
        return new Result.Sent();
    }

    /** An idle connection young enough to use, else a new one. */
    private Pooled take() throws MessagingException {
        while (true) {
            Pooled p;
            synchronized (idle) {
                p = idle.pollLast();
            }
            if (p == null) {
                break;
            }
            long idleFor = System.nanoTime() - p.idleSince();
            // a connection used a moment ago is taken as it is; one idle for longer is asked (NOOP) first
            if (idleFor < MAX_IDLE.toNanos() && (idleFor < CHECK_AFTER.toNanos() || p.transport().isConnected())) {
                return p;
            }
            close(p.transport());
        }
        Transport t = session.getTransport("smtp");
        t.connect();
        return new Pooled(t, 0, System.nanoTime());
    }

    private void giveBack(Pooled p) {
        if (p.sent() < MAX_PER_CONNECTION) {
            synchronized (idle) {
                if (idle.size() < MAX_POOLED) {
                    idle.addLast(p);
                    return;
                }
            }
        }
        close(p.transport());
    }

    private static void close(Transport t) {
        try {
            t.close();
        } catch (MessagingException | RuntimeException ignored) {
            // the connection is dropped either way
        }
    }
}
