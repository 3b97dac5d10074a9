package io.partnerportal.core.port.out;

import java.util.function.Supplier;

/**
 * One transaction per use case: everything done inside commits together or not at all (a state
 * change and its outbox rows, SPEC §4). A unit started inside another joins it, so the outer
 * one decides. Failures at commit (a stale version, a taken unique key) surface as the core's
 * {@code ConflictException}; an unreachable store as {@code UnavailableException}.
 */
public interface UnitOfWork {
    /**
     * Runs {@code work} in a unit: a new one, or the calling thread's current one, which it joins.
     *
     * @param work what to do
     * @param <T>  what it answers
     * @return its answer, once committed (or, when joined, once done)
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} in a unit, like {@link #inTransaction}, when it answers nothing.
     *
     * @param work what to do
     */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Whether the calling thread is inside a unit.
     *
     * @return true inside a unit
     */
    boolean isActive();
}
