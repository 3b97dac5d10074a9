package io.partnerportal.adapters.mail;

import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import io.partnerportal.core.testing.contract.NotificationSenderContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class FileSenderContractTest extends NotificationSenderContract {
    @TempDir
    Path directory;
    private FileMailbox mailbox;

    private FileMailbox mailbox() {
        if (mailbox == null) {
            mailbox = MailSenders.files(directory, Snapshots.settings());
        }
        return mailbox;
    }

    @Override
    protected NotificationSender sender() {
        return mailbox();
    }

    @Override
    protected List<Delivered> delivered() {
        List<Delivered> out = new ArrayList<>();
        for (ArchivedMail m : mailbox().recent(Integer.MAX_VALUE)) {
            out.add(new Delivered(m.messageId(), m.to(), m.type()));
        }
        Collections.reverse(out);
        return out;
    }
}
