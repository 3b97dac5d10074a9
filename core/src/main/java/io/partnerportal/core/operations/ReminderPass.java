package io.partnerportal.core.operations;

import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.ReminderDue;
import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R17's housekeeping pass: every active or upcoming subscription, partner by partner and page by
 * page, is asked {@link Reminders#due}; each reminder due is recorded for each contact in the
 * reminder log (a unique key) in the unit of work that queues its email, so it goes once whatever
 * the number of instances, passes and restarts. Nothing depends on the pass running on the day:
 * a reminder whose day passed is sent late while its date is still ahead.
 */
public final class ReminderPass {
    public static final int PAGE = 200;

    private final Work work;
    private final Storage storage;

    public ReminderPass(Work work, Storage storage) {
        this.work = work;
        this.storage = storage;
    }

    /** @return how many reminders were queued */
    public int sendDue() {
        LocalDate today = work.today();
        int queued = 0;
        for (Partner partner : work.tx().read(() -> storage.partners().all())) {
            for (SubscriptionStatus status : List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.UPCOMING)) {
                EntitlementNumber after = null;
                List<Subscription> page;
                do {
                    EntitlementNumber from = after;
                    page = work.tx().read(() -> storage.subscriptions().partnerPage(partner.id(), null, status, today,
                            from, PAGE));
                    for (Subscription s : page) {
                        queued += remind(s, today);
                        after = s.number();
                    }
                } while (page.size() == PAGE);
            }
        }
        return queued;
    }

    private int remind(Subscription s, LocalDate today) {
        List<Reminders.Due> due = Reminders.due(s, today);
        if (due.isEmpty()) {
            return 0;
        }
        return work.tx().write(changes -> {
            Act act = work.act(new Actor.System());
            int queued = 0;
            for (Reminders.Due d : due) {
                List<PersonId> to = new ArrayList<>();
                for (PersonId contact : s.contacts()) {
                    if (storage.reminders().record(s.number(), d.term(), d.kind(), contact, act.at()) && d.send()) {
                        to.add(contact);
                    }
                }
                if (!to.isEmpty()) {
                    changes.record(new ReminderDue(DomainEvent.newId(), act, s.state(), d.kind(), d.term(), to));
                    queued += to.size();
                }
            }
            return queued;
        });
    }
}
