package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.notification.NotificationType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read side of the file mail sender: the emails it wrote, for the developer mailbox. */
public interface SentMailArchive {

    /** One archived email. {@code links} are the URLs in its text, in order. */
    record ArchivedMail(String id, String messageId, String to, String subject, NotificationType type,
                        Instant sentAt, String text, List<String> links) {
        public ArchivedMail {
            links = List.copyOf(links);
        }
    }

    /** Newest first, at most {@code limit}. */
    List<ArchivedMail> recent(int limit);

    Optional<ArchivedMail> find(String id);
}
