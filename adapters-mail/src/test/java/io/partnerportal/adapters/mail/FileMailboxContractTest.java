package io.partnerportal.adapters.mail;

import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import io.partnerportal.core.testing.contract.SentMailArchiveContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class FileMailboxContractTest extends SentMailArchiveContract {
    @TempDir
    Path directory;
    private FileMailbox mailbox;

    private FileMailbox mailbox() {
        if (mailbox == null) {
            mailbox = MailSenders.files(directory.resolve("mail"), Snapshots.settings());
        }
        return mailbox;
    }

    @Override
    protected NotificationSender sender() {
        return mailbox();
    }

    @Override
    protected SentMailArchive archive() {
        return mailbox();
    }
}
