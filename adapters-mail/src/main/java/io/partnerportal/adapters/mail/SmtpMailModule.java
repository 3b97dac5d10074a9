package io.partnerportal.adapters.mail;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import java.util.List;
import java.util.Optional;

/**
 * Emails go to an SMTP server. Nothing is kept locally, so the archive is empty (the developer
 * mailbox exists only with the file sender).
 */
public final class SmtpMailModule extends AbstractModule {
    private final MailSettings settings;

    public SmtpMailModule(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    NotificationSender sender() {
        return MailSenders.smtp(settings);
    }

    @Provides
    @Singleton
    SentMailArchive archive() {
        return new SentMailArchive() {
            @Override
            public List<ArchivedMail> recent(int limit) {
                return List.of();
            }

            @Override
            public Optional<ArchivedMail> find(String id) {
                return Optional.empty();
            }
        };
    }
}
