package io.partnerportal.core.port.in;

import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import java.util.List;
import java.util.Optional;

/** The embedded default's mailbox: the emails written to files, for a newcomer to sign in. */
public interface DevMailbox {

    List<ArchivedMail> recent(int limit);

    Optional<ArchivedMail> message(String id);
}
