package io.partnerportal.core.application;

import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.UnitOfWork;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a use case in one unit of work, and at its end - in the same unit - turns the events it
 * recorded into history and outbox rows ({@link EventTranslator}), after checking that every
 * subscription it changed is named by an event. A top-level unit that loses a race (a stale
 * version, a unique key taken meanwhile) is run once more from the start, so the loser usually
 * sees the settled state instead of an error (SPEC §4); a second loss reaches the caller as a
 * conflict.
 */
public final class Transactions {
    private final UnitOfWork unitOfWork;
    private final Changes.Factory changes;
    private final EventTranslator translator;

    public Transactions(UnitOfWork unitOfWork, Changes.Factory changes, EventTranslator translator) {
        this.unitOfWork = unitOfWork;
        this.changes = changes;
        this.translator = translator;
    }

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
        Changes unit = changes.open();
        T result = work.apply(unit);
        translator.translate(unit.close());
        return result;
    }

    /** A unit of work that records no event (parties, keys, sessions). */
    public <T> T write(Supplier<T> work) {
        return write(changes -> work.get());
    }

    public void write(Runnable work) {
        write(changes -> {
            work.run();
            return null;
        });
    }

    /** Reads that must see one consistent state. */
    public <T> T read(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
