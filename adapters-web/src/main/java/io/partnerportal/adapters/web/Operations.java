package io.partnerportal.adapters.web;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What operators look at, supplied by the application: whether the database answers with every
 * migration applied and whether the instance is stopping ({@code /health/ready}, {@code /health}:
 * ready is the first and not the second), the metrics in Prometheus text ({@code /metrics}), and an
 * observer told of every request (method, route pattern, status, duration) to count and time them.
 */
public record Operations(BooleanSupplier databaseReachable, Supplier<String> metrics, RequestObserver requests,
                         BooleanSupplier stopping) {

    /** Told of every request once it is answered. */
    @FunctionalInterface
    public interface RequestObserver {
        void observed(String method, String route, int status, Duration took);
    }

    public Operations {
        Objects.requireNonNull(databaseReachable, "databaseReachable");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(stopping, "stopping");
    }

    /** For an instance that never says it is stopping. */
    public Operations(BooleanSupplier databaseReachable, Supplier<String> metrics, RequestObserver requests) {
        this(databaseReachable, metrics, requests, () -> false);
    }

    /** For tests of the API alone: no database to check, no metrics kept. */
    public static Operations unmonitored() {
        return new Operations(() -> true, () -> "", (method, route, status, took) -> { });
    }
}
