package io.partnerportal.core.operations;

import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import java.util.List;
import java.util.Optional;

/** The embedded default's mailbox: the emails written to files, for a newcomer to sign in. */
public interface DevMailbox {

    /**
     * The newest emails written, newest first.
     *
     * @param limit the most emails to return, kept between 1 and 200
     * @return the emails
     */
    List<ArchivedMail> recent(int limit);

    /**
     * One email written.
     *
     * @param id its id in the archive
     * @return the email; empty when it is gone
     */
    Optional<ArchivedMail> message(String id);
}
