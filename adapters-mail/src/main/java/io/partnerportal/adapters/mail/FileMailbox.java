package io.partnerportal.adapters.mail;

import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;

/**
 * The embedded default's mail: each email is written as an RFC 5322 {@code .eml} file into a
 * directory instead of being sent, and read back for the developer mailbox ({@code /dev/mailbox}).
 */
public interface FileMailbox extends NotificationSender, SentMailArchive {
}
