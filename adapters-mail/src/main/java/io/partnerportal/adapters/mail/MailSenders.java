package io.partnerportal.adapters.mail;

import io.partnerportal.core.port.out.NotificationSender;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/** The mail adapter's senders. Creating one does no I/O: the SMTP server and the directory are used on send. */
public final class MailSenders {
    private MailSenders() {
    }

    /** Sends over SMTP with {@code settings}' server, credentials, STARTTLS and timeout. */
    public static NotificationSender smtp(MailSettings settings) {
        return new SmtpNotificationSender(Objects.requireNonNull(settings, "settings"), Clock.systemUTC());
    }

    /** Writes {@code .eml} files into {@code directory} (created on the first email) and lists them. */
    public static FileMailbox files(Path directory, MailSettings settings) {
        return new FileNotificationSender(Objects.requireNonNull(directory, "directory"),
                Objects.requireNonNull(settings, "settings"), Clock.systemUTC());
    }
}
