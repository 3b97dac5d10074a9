package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.notification.NotificationType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read side of the file mail sender: the emails it wrote, for the developer mailbox. */
public interface SentMailArchive {

    /**
     * One archived email.
     *
     * @param id        its id in the archive
     * @param messageId the Message-ID's local part
     * @param to        the recipient's address
     * @param subject   the subject
     * @param type      which email
     * @param sentAt    when it was written
     * @param text      the plain-text body
     * @param links     the URLs in its text, in order
     */
    record ArchivedMail(String id, String messageId, String to, String subject, NotificationType type,
                        Instant sentAt, String text, List<String> links) {
        /**
         * Copies the links.
         *
         * @param id        its id in the archive
         * @param messageId the Message-ID's local part
         * @param to        the recipient's address
         * @param subject   the subject
         * @param type      which email
         * @param sentAt    when it was written
         * @param text      the plain-text body
         * @param links     the URLs in its text, in order
         */
        public ArchivedMail {
            links = List.copyOf(links);
        }
    }

    /**
     * Newest first, at most {@code limit}.
     *
     * @param limit the most emails to return
     * @return the emails
     */
    List<ArchivedMail> recent(int limit);

    /**
     * Finds one archived email.
     *
     * @param id its id in the archive
     * @return the email; empty when it is gone
     */
    Optional<ArchivedMail> find(String id);
}
