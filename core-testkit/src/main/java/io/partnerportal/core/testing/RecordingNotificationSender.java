package io.partnerportal.core.testing;

import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link NotificationSender} that keeps what it is given instead of sending it, and can be told
 * to fail (to prove retries and dead rows). Also the {@link SentMailArchive} of what it kept.
 */
public final class RecordingNotificationSender implements NotificationSender, SentMailArchive {
    private final Clock clock;
    private final List<Outgoing> sent = new CopyOnWriteArrayList<>();
    private volatile Function<Outgoing, Result> behaviour = e -> new Result.Sent();

    public RecordingNotificationSender(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Result send(Outgoing email) {
        Result r = behaviour.apply(email);
        if (r instanceof Result.Sent) {
            sent.add(email);
        }
        return r;
    }

    /**
     * A subject as a test reads it: the type, the first subscription's product and the content's date,
     * e.g. {@code RENEWAL_REMINDER Jira 2026-12-15}.
     */
    @Override
    public String subject(NotificationContent content) {
        StringBuilder s = new StringBuilder(content.type().name());
        if (!content.subscriptions().isEmpty()) {
            s.append(' ').append(content.subscriptions().get(0).productName());
        }
        if (content.effectiveOn() != null) {
            s.append(' ').append(content.effectiveOn());
        }
        return s.toString();
    }

    /** Every later send answers as {@code f} says (a Sent answer is recorded). */
    public void behave(Function<Outgoing, Result> f) {
        this.behaviour = f;
    }

    public void failTemporarily() {
        behave(e -> new Result.TemporaryFailure("421 try again later"));
    }

    public void acceptAll() {
        behave(e -> new Result.Sent());
    }

    public List<Outgoing> sent() {
        return List.copyOf(sent);
    }

    public List<NotificationContent> sentTo(String email) {
        return sent.stream().map(Outgoing::content).filter(c -> c.recipient().value().equals(email)).toList();
    }

    public List<NotificationType> typesSentTo(String email) {
        return sentTo(email).stream().map(NotificationContent::type).toList();
    }

    public void clear() {
        sent.clear();
    }

    @Override
    public List<ArchivedMail> recent(int limit) {
        List<ArchivedMail> out = new ArrayList<>();
        for (int i = sent.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(archived(sent.get(i)));
        }
        return out;
    }

    @Override
    public Optional<ArchivedMail> find(String id) {
        return sent.stream().filter(o -> o.messageId().equals(id)).findFirst().map(this::archived);
    }

    private ArchivedMail archived(Outgoing o) {
        NotificationContent c = o.content();
        return new ArchivedMail(o.messageId(), o.messageId(), c.recipient().value(), c.type().name(), c.type(),
                clock.instant(), c.type().name(), List.of());
    }
}
