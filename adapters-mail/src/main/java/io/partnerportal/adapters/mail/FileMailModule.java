package io.partnerportal.adapters.mail;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import java.nio.file.Path;

/** Emails are written as {@code .eml} files into a directory and listed from there (the embedded default). */
public final class FileMailModule extends AbstractModule {
    private final Path directory;
    private final MailSettings settings;

    public FileMailModule(Path directory, MailSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    FileMailbox mailbox() {
        return MailSenders.files(directory, settings);
    }

    @Provides
    NotificationSender sender(FileMailbox mailbox) {
        return mailbox;
    }

    @Provides
    SentMailArchive archive(FileMailbox mailbox) {
        return mailbox;
    }
}
