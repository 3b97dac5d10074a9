package io.partnerportal.adapters.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The entity manager of the calling thread's unit of work: one transaction per unit, nested units
 * join it, and reads outside any unit use a short-lived manager of their own. Every failure
 * leaves here translated by {@link Failures}.
 */
final class Jpa {
    /** Longest IN list sent in one statement. */
    static final int CHUNK = 500;

    /** The persistence unit, which may still be deploying when the store opens: the first unit of work waits for it. */
    private final java.util.function.Supplier<EntityManagerFactory> factory;
    private final Sql sql;
    private final Dialect dialect;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    /** The subscriptions the calling thread's unit added or changed, whose viewers it writes before it commits. */
    private final ThreadLocal<java.util.Set<String>> touched = ThreadLocal.withInitial(java.util.LinkedHashSet::new);

    Jpa(java.util.function.Supplier<EntityManagerFactory> factory, Sql sql, Dialect dialect) {
        this.factory = factory;
        this.sql = sql;
        this.dialect = dialect;
    }

    /**
     * A read in plain SQL: inside a unit of work on the unit's own connection, after its pending
     * changes are flushed (so the read sees them, as a JPQL query would); outside any unit, in
     * auto-commit mode on a connection of its own, with no transaction and no persistence context.
     */
    <T> T sql(Sql.Work<T> work) {
        EntityManager em = current.get();
        if (em == null) {
            return sql.read(work);
        }
        try {
            em.flush();
            return work.run(em.unwrap(java.sql.Connection.class));
        } catch (java.sql.SQLException e) {
            throw Failures.translate(new IllegalStateException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    boolean inUnit() {
        return current.get() != null;
    }

    <T> T inTransaction(Supplier<T> work) {
        if (inUnit()) {
            return work.get();
        }
        EntityManager em = open();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        boolean committed = false;
        try {
            tx.begin();
            T result = work.get();
            refreshViewers(em);
            tx.commit();
            committed = true;
            return result;
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        } finally {
            try {
                if (!committed && tx.isActive()) {
                    tx.rollback();
                }
            } catch (RuntimeException ignored) {
                // the connection is gone; the database rolls the transaction back on its own
            } finally {
                current.remove();
                touched.remove();
                em.close();
            }
        }
    }

    /** Marks a subscription added or changed in the calling thread's unit: its viewers are written at commit. */
    void touched(String subscription) {
        touched.get().add(subscription);
    }

    private void refreshViewers(EntityManager em) {
        java.util.Set<String> subscriptions = touched.get();
        if (subscriptions.isEmpty()) {
            return;
        }
        em.flush();
        try {
            Viewers.refresh(em.unwrap(java.sql.Connection.class), dialect, subscriptions);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A query, inside the unit of work if there is one. */
    <T> T read(Function<EntityManager, T> query) {
        EntityManager em = current.get();
        if (em != null) {
            try {
                return query.apply(em);
            } catch (RuntimeException e) {
                throw Failures.translate(e);
            }
        }
        EntityManager own = open();
        try {
            return query.apply(own);
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        } finally {
            own.close();
        }
    }

    /**
     * The entities {@code jpql} finds for the {@code :values} parameter given each of
     * {@code values} once, queried {@link #CHUNK} values at a time, as {@code toDomain} maps them.
     */
    <E, T> List<T> findIn(String jpql, Class<E> type, Collection<String> values, Function<E, T> toDomain) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        if (distinct.isEmpty()) {
            return List.of();
        }
        return read(em -> {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i += CHUNK) {
                em.createQuery(jpql, type)
                        .setParameter("values", distinct.subList(i, Math.min(distinct.size(), i + CHUNK)))
                        .getResultList().forEach(e -> out.add(toDomain.apply(e)));
            }
            return out;
        });
    }

    /** A change: only inside a unit of work. */
    <T> T write(Function<EntityManager, T> change) {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("writes happen inside a unit of work");
        }
        try {
            return change.apply(em);
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    void change(Consumer<EntityManager> change) {
        write(em -> {
            change.accept(em);
            return null;
        });
    }

    private EntityManager open() {
        try {
            return factory.get().createEntityManager();
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }
}
