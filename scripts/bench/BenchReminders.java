import io.partnerportal.adapters.persistence.PersistenceSettings;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.core.Core;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The reminder pass of scripts/bench-reminders.sh, run on the jar's own classes against a seeded
 * PostgreSQL database: the first pass of the day (the few subscriptions due today) and then the
 * pass that runs every minute after it, each timed and its statements counted at the connection.
 * Usage: java -cp partner-portal.jar BenchReminders.java JDBC_URL PASSES
 */
public class BenchReminders {
    static final AtomicLong STATEMENTS = new AtomicLong();

    static Object counting(Object target, Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
                STATEMENTS.incrementAndGet();
            }
            try {
                Object r = m.invoke(target, a);
                if (r instanceof Connection c && type == DataSource.class) {
                    return counting(c, Connection.class);
                }
                return r;
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    public static void main(String[] args) throws Exception {
        PersistenceSettings settings = new PersistenceSettings(args[0], "postgres", "", 4, Duration.ofSeconds(3));
        int passes = Integer.parseInt(args[1]);
        try (PersistentStore store = PersistentStore.open(settings, ds -> (DataSource) counting(ds, DataSource.class))) {
            Core core = Core.builder(store.storage(), email -> null).build();
            long s0 = STATEMENTS.get();
            long t0 = System.nanoTime();
            int queued = core.housekeeping().sendDueReminders();
            double firstMs = (System.nanoTime() - t0) / 1e6;
            long firstStatements = STATEMENTS.get() - s0;
            double[] ms = new double[passes];
            long statements = 0;
            for (int i = 0; i < passes; i++) {
                long s = STATEMENTS.get();
                long t = System.nanoTime();
                core.housekeeping().sendDueReminders();
                ms[i] = (System.nanoTime() - t) / 1e6;
                statements += STATEMENTS.get() - s;
            }
            Arrays.sort(ms);
            System.out.printf("first=%.2f first_statements=%d queued=%d median=%.3f statements=%.1f%n", firstMs,
                    firstStatements, queued, ms[passes / 2], (double) statements / passes);
        }
    }
}
