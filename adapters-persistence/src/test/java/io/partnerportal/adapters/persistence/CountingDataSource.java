package io.partnerportal.adapters.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts the round trips its statements make: each execute call is one,
 * and so is a whole JDBC batch. It also remembers the SQL of each, to show what ran.
 */
final class CountingDataSource {
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());

    DataSource wrap(DataSource target) {
        return (DataSource) proxy(DataSource.class, target, (p, m, args) -> {
            Object result = invoke(target, m, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private Connection connection(Connection target) {
        return (Connection) proxy(Connection.class, target, (p, m, args) -> {
            Object result = invoke(target, m, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "(statement)";
                return statement(s, sql);
            }
            return result;
        });
    }

    private Object statement(Statement target, String sql) {
        Class<?> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return proxy(type, target, (p, m, args) -> {
            if (EXECUTE.contains(m.getName())) {
                roundTrips.incrementAndGet();
                statements.add(m.getName().equals("executeBatch") ? "batch: " + sql
                        : args != null && args.length > 0 && args[0] instanceof String q ? q : sql);
            }
            return invoke(target, m, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object proxy(Class<?> type, Object target, InvocationHandler handler) {
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    void reset() {
        roundTrips.set(0);
        statements.clear();
    }

    int roundTrips() {
        return roundTrips.get();
    }

    List<String> statements() {
        return List.copyOf(statements);
    }
}
