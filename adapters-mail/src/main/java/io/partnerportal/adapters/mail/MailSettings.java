package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.error.ValidationException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How emails are rendered and sent: the sender address, the portal's base URL for links, and
 * for SMTP the server, credentials, STARTTLS and the connect/read/write timeout (at most 10 s so
 * a hanging server never holds the delivery loop for long).
 *
 * @param from          the sender address ({@code PORTAL_MAIL_FROM}); its domain also names the Message-IDs
 * @param portalBaseUrl where the portal answers ({@code PORTAL_BASE_URL}); every link in an email starts here
 * @param smtpHost      null when emails are written to files instead
 * @param smtpUser      null: the server is used without authentication
 * @param startTls      upgrade the connection with STARTTLS, and refuse to send when the server cannot
 * @param timeout       applies to connecting, reading and writing, each; 10 s at most
 */
public record MailSettings(String from, URI portalBaseUrl, String smtpHost, int smtpPort, String smtpUser,
                           String smtpPassword, boolean startTls, Duration timeout) {
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]_-]+");

    public MailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(portalBaseUrl, "portalBaseUrl");
        Objects.requireNonNull(timeout, "timeout");
        address(from);
        String scheme = portalBaseUrl.getScheme() == null ? "" : portalBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || portalBaseUrl.getHost() == null
                || portalBaseUrl.getRawQuery() != null || portalBaseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "the portal's base URL must be an http(s) URL without query or fragment");
        }
        if (smtpHost != null) {
            if (!HOST.matcher(smtpHost).matches()) {
                throw new IllegalArgumentException("the SMTP host must be a host name or an IP address");
            }
            if (smtpPort < 1 || smtpPort > 65535) {
                throw new IllegalArgumentException("the SMTP port is between 1 and 65535");
            }
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("the SMTP timeout is between 1 ms and 10 s");
        }
    }

    /** Settings for writing emails to files: no SMTP server. */
    public static MailSettings forFiles(String from, URI portalBaseUrl) {
        return new MailSettings(from, portalBaseUrl, null, 0, null, null, false, MAX_TIMEOUT);
    }

    /** The sender address as the core's value object (lower-cased). */
    EmailAddress fromAddress() {
        return address(from);
    }

    /** {@code from} as given, in any case but with nothing around it, must be an email address. */
    private static EmailAddress address(String from) {
        try {
            return new EmailAddress(from.toLowerCase(Locale.ROOT));
        } catch (ValidationException e) {
            throw new IllegalArgumentException("the sender address must be a plain address like portal@example.com");
        }
    }

    @Override
    public String toString() {
        return "MailSettings[from=" + from + ", portalBaseUrl=" + portalBaseUrl + ", smtpHost=" + smtpHost
                + ", smtpPort=" + smtpPort + ", smtpUser=" + smtpUser + ", smtpPassword="
                + (smtpPassword == null ? "none" : "****") + ", startTls=" + startTls + ", timeout=" + timeout + "]";
    }
}
