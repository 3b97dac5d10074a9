package io.partnerportal.core.service;

import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.UnitOfWork;
import java.util.function.Supplier;

/**
 * Runs a use case in one unit of work. A top-level unit that loses a race (a stale version, a
 * unique key taken meanwhile) is run once more from the start, so the loser usually sees the
 * settled state instead of an error (SPEC §4); a second loss reaches the caller as a conflict.
 */
final class Transactions {
    private final UnitOfWork unitOfWork;

    Transactions(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    <T> T write(Supplier<T> work) {
        if (unitOfWork.isActive()) {
            return unitOfWork.inTransaction(work);
        }
        try {
            return unitOfWork.inTransaction(work);
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.CONCURRENT_UPDATE && e.code() != ErrorCode.DUPLICATE) {
                throw e;
            }
            return unitOfWork.inTransaction(work);
        }
    }

    void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /** Reads that must see one consistent state. */
    <T> T read(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
