package io.partnerportal.adapters.mail;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How emails are rendered and sent: the sender address, the portal's base URL for links, and
 * for SMTP the server, credentials, STARTTLS and the connect/read/write timeout (at most 10 s so
 * a hanging server never holds the delivery loop for long).
 */
public record MailSettings(String from, URI portalBaseUrl, String smtpHost, int smtpPort, String smtpUser,
                           String smtpPassword, boolean startTls, Duration timeout) {
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);

    public MailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(portalBaseUrl, "portalBaseUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("the SMTP timeout is between 1 ms and 10 s");
        }
    }

    @Override
    public String toString() {
        return "MailSettings[from=" + from + ", portalBaseUrl=" + portalBaseUrl + ", smtpHost=" + smtpHost
                + ", smtpPort=" + smtpPort + ", smtpUser=" + smtpUser + ", smtpPassword="
                + (smtpPassword == null ? "none" : "****") + ", startTls=" + startTls + ", timeout=" + timeout + "]";
    }
}
