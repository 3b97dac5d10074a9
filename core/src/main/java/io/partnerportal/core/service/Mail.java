package io.partnerportal.core.service;

import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationOutbox.NewNotification;
import io.partnerportal.core.port.out.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The notifications of one unit of work (R13): collected while the use case runs, appended to the
 * outbox together at its end (SPEC §4), in the order they were raised - a new person's WELCOME
 * is raised when the person is created, so it is always their first email.
 */
final class Mail {
    private final Storage storage;
    private final Instant now;
    private final List<NewNotification> rows = new ArrayList<>();

    Mail(Storage storage, Instant now) {
        this.storage = storage;
        this.now = now;
    }

    static NotificationContent to(Person person, NotificationType type) {
        return NotificationContent.of(type, person.email(), person.name().value(), person.locale());
    }

    void send(Person person, NotificationContent content) {
        send(person, content, null);
    }

    void send(Person person, NotificationContent content, Instant expiresAt) {
        rows.add(new NewNotification(person.email(), content, now, expiresAt));
    }

    void welcome(Person person) {
        send(person, to(person, NotificationType.WELCOME));
    }

    /** One email of {@code type} to each recipient, in their own locale, built by {@code content}. */
    void sendEach(Collection<PersonId> recipients, NotificationType type,
                  Function<NotificationContent, NotificationContent> content) {
        if (recipients.isEmpty()) {
            return;
        }
        Map<PersonId, Person> people = new LinkedHashMap<>();
        storage.people().findAll(recipients).forEach(p -> people.put(p.id(), p));
        for (PersonId id : recipients) {
            Person p = people.get(id);
            if (p != null) {
                send(p, content.apply(to(p, type)));
            }
        }
    }

    /** Appends what was raised; call once, last, inside the unit of work. */
    void flush() {
        if (!rows.isEmpty()) {
            storage.outbox().append(List.copyOf(rows));
            rows.clear();
        }
    }
}
