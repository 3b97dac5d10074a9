package io.partnerportal.core.application;

import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.port.out.ReminderLog;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The unit of work every use case runs in, with the clock it reads time from (today is the clock's
 * date in UTC, SPEC §3). A use case runs in one unit, and at its end - in the same unit - the events
 * it recorded become history, outbox rows, feed entries and webhook deliveries ({@link EventTranslator}),
 * after checking that every subscription it changed is named by an event ({@link Changes}). A
 * top-level unit that loses a race (a stale version, a unique key taken meanwhile) is run once more
 * from the start, so the loser usually sees the settled state instead of an error (SPEC §4); a second
 * loss reaches the caller as a conflict.
 */
public final class Transactions {
    private final UnitOfWork unitOfWork;
    private final SubscriptionRepository subscriptions;
    private final EventTranslator translator;
    private final Clock clock;
    private final ReminderLog reminders;

    /**
     * @param unitOfWork    the store's transactions
     * @param subscriptions where the subscriptions a unit changes are stored
     * @param translator    turns a unit's events into their side effects
     * @param clock         the clock (UTC)
     */
    public Transactions(UnitOfWork unitOfWork, SubscriptionRepository subscriptions, EventTranslator translator,
                        Clock clock) {
        this(unitOfWork, subscriptions, translator, clock, null);
    }

    /**
     * @param unitOfWork    the store's transactions
     * @param subscriptions where the subscriptions a unit changes are stored
     * @param translator    turns a unit's events into their side effects
     * @param clock         the clock (UTC)
     * @param reminders     where the reminder pass's schedule is kept with each subscription stored (V5), or null
     */
    public Transactions(UnitOfWork unitOfWork, SubscriptionRepository subscriptions, EventTranslator translator,
                        Clock clock, ReminderLog reminders) {
        this.unitOfWork = unitOfWork;
        this.subscriptions = subscriptions;
        this.translator = translator;
        this.clock = clock;
        this.reminders = reminders;
    }

    /**
     * Runs a use case that changes subscriptions or records events, in one unit of work.
     *
     * @param work the use case, storing through the {@link Changes} it is given
     * @param <T>  what it answers
     * @return its answer, once committed
     */
    public <T> T write(Function<Changes, T> work) {
        if (unitOfWork.isActive()) {
            return unitOfWork.inTransaction(() -> once(work));
        }
        try {
            return unitOfWork.inTransaction(() -> once(work));
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.CONCURRENT_UPDATE && e.code() != ErrorCode.DUPLICATE) {
                throw e;
            }
            return unitOfWork.inTransaction(() -> once(work));
        }
    }

    private <T> T once(Function<Changes, T> work) {
        Changes unit = new Changes(subscriptions, reminders, today());
        T result = work.apply(unit);
        translator.translate(unit.close());
        return result;
    }

    /**
     * A unit of work that records no event (parties, keys, sessions).
     *
     * @param work what to do
     * @param <T>  what it answers
     * @return its answer, once committed
     */
    public <T> T write(Supplier<T> work) {
        return write(changes -> work.get());
    }

    /**
     * A unit of work that records no event and answers nothing.
     *
     * @param work what to do
     */
    public void write(Runnable work) {
        write(changes -> {
            work.run();
            return null;
        });
    }

    /**
     * Reads that must see one consistent state.
     *
     * @param work the reads
     * @param <T>  what they answer
     * @return their answer
     */
    public <T> T read(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** @return the clock's instant */
    public Instant now() {
        return clock.instant();
    }

    /** @return the clock's date in UTC: "today" for the rules (SPEC §3) */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * @param actor who acts
     * @return who acts, now
     */
    public Act act(Actor actor) {
        return new Act(actor, clock.instant());
    }
}
