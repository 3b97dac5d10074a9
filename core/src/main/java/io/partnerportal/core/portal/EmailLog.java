package io.partnerportal.core.portal;

import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.portal.PortalEmails;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.PersonRepository;
import java.util.List;

/** The signed-in person's email log (SPEC §6.3): their outbox rows, newest first, 20 a page. */
public final class EmailLog {
    public static final int PAGE_SIZE = 20;

    private final Work work;
    private final PersonRepository people;
    private final NotificationOutbox outbox;

    public EmailLog(Work work, PersonRepository people, NotificationOutbox outbox) {
        this.work = work;
        this.people = people;
        this.outbox = outbox;
    }

    public Page<PortalEmails.SentEmail> page(PortalEmails.ListEmails c) {
        Long before = c.cursor() == null ? null : beforeId(c.cursor());
        return work.tx().read(() -> {
            Person p = people.find(c.viewer()).orElseThrow(() -> new NotFoundException("Person"));
            List<NotificationOutbox.Entry> rows = outbox.pageForRecipient(p.email(), before, PAGE_SIZE + 1);
            return Page.of(rows, PAGE_SIZE, last -> Cursor.of(Long.toString(last.id())),
                    list -> list.stream().map(EmailLog::item).toList());
        });
    }

    private static Long beforeId(Cursor cursor) {
        try {
            return Long.parseLong(cursor.parts(1).get(0));
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }

    private static PortalEmails.SentEmail item(NotificationOutbox.Entry e) {
        SubscriptionSummary s = e.content().subscriptions().isEmpty() ? null : e.content().subscriptions().get(0);
        return new PortalEmails.SentEmail(e.id(), e.type(), s == null ? null : s.entitlementNumber(),
                s == null ? null : s.productName(), e.createdAt(), switch (e.status()) {
                    case SENT -> PortalEmails.EmailStatus.SENT;
                    case PENDING -> PortalEmails.EmailStatus.PENDING;
                    case DEAD -> PortalEmails.EmailStatus.FAILED;
                    case SKIPPED -> PortalEmails.EmailStatus.SKIPPED;
                });
    }
}
