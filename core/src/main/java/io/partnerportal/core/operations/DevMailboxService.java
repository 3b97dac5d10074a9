package io.partnerportal.core.operations;

import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import io.partnerportal.core.port.out.SentMailArchive;
import java.util.List;
import java.util.Optional;

/** The developer mailbox reads what the file mail sender wrote. */
final class DevMailboxService implements DevMailbox {
    private final SentMailArchive archive;

    DevMailboxService(SentMailArchive archive) {
        this.archive = archive;
    }

    @Override
    public List<ArchivedMail> recent(int limit) {
        return archive.recent(Math.max(1, Math.min(limit, 200)));
    }

    @Override
    public Optional<ArchivedMail> message(String id) {
        return archive.find(id);
    }
}
