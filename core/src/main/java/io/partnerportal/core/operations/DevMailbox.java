package io.partnerportal.core.operations;

import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import io.partnerportal.core.port.out.SentMailArchive;
import java.util.List;
import java.util.Optional;

/** The embedded default's mailbox: the emails written to files, for a newcomer to sign in. */
public interface DevMailbox {

    /**
     * @param archive what a file mail sender wrote
     * @return the mailbox over it; {@link io.partnerportal.core.Core} wires it
     */
    static DevMailbox create(SentMailArchive archive) {
        return new DevMailboxService(archive);
    }

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
