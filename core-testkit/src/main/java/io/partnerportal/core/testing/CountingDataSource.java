package io.partnerportal.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts what its connections send. {@link #roundTrips()} counts the
 * execute calls (a whole JDBC batch is one). {@link #sqlStatements()} counts what the database
 * itself logs with {@code log_statement = all}: every statement, and the transaction control the
 * driver sends around them - the {@code BEGIN} before the first statement of a transaction and its
 * {@code COMMIT} or {@code ROLLBACK}. Only calls made on threads {@code counted} accepts are
 * counted (a test leaves out background loops); each is remembered with its SQL, to show what ran.
 */
public final class CountingDataSource {
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private final Predicate<Thread> counted;
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    /** Counts on every thread. */
    public CountingDataSource() {
        this(t -> true);
    }

    /**
     * Counts on the threads {@code counted} accepts.
     *
     * @param counted which threads' statements count
     */
    public CountingDataSource(Predicate<Thread> counted) {
        this.counted = counted;
    }

    /**
     * {@code target}, its connections counted.
     *
     * @param target the data source
     * @return the counting data source
     */
    public DataSource wrap(DataSource target) {
        return (DataSource) proxy(DataSource.class, target, (p, m, args) -> {
            Object result = invoke(target, m, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** A connection's transaction as the driver sees it: in auto-commit mode, or in an open transaction. */
    private static final class Tx {
        boolean autoCommit;
        boolean open;
    }

    private Connection connection(Connection target) throws Exception {
        Tx tx = new Tx();
        tx.autoCommit = target.getAutoCommit();
        return (Connection) proxy(Connection.class, target, (p, m, args) -> {
            switch (m.getName()) {
                case "setAutoCommit" -> {
                    boolean on = (Boolean) args[0];
                    if (on && tx.open) {
                        end(tx, "COMMIT");
                    }
                    tx.autoCommit = on;
                }
                case "commit" -> end(tx, "COMMIT");
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        end(tx, "ROLLBACK");
                    }
                }
                default -> { }
            }
            Object result = invoke(target, m, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "(statement)";
                return statement(s, sql, tx);
            }
            return result;
        });
    }

    private void end(Tx tx, String what) {
        if (tx.open) {
            tx.open = false;
            record(what);
        }
    }

    private void record(String sql) {
        if (counted.test(Thread.currentThread())) {
            statements.add(sql);
        }
    }

    private Object statement(Statement target, String sql, Tx tx) {
        Class<?> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return proxy(type, target, (p, m, args) -> {
            if (EXECUTE.contains(m.getName())) {
                if (!tx.autoCommit && !tx.open) {
                    tx.open = true;
                    record("BEGIN");
                }
                if (counted.test(Thread.currentThread())) {
                    roundTrips.incrementAndGet();
                }
                record(m.getName().equals("executeBatch") ? "batch: " + sql
                        : args != null && args.length > 0 && args[0] instanceof String q ? q : sql);
            }
            return invoke(target, m, args);
        });
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object proxy(Class<?> type, Object target, InvocationHandler handler) {
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    /** Forgets everything counted so far. */
    public void reset() {
        roundTrips.set(0);
        statements.clear();
    }

    /**
     * The execute calls since the last reset; a JDBC batch is one.
     *
     * @return the count
     */
    public int roundTrips() {
        return roundTrips.get();
    }

    /**
     * Every statement the database logged since the last reset, transaction control included.
     *
     * @return the count
     */
    public int sqlStatements() {
        return statements.size();
    }

    /**
     * The SQL of each counted statement and transaction control, in order.
     *
     * @return the statements
     */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }
}
