package io.partnerportal.adapters.web;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What operators look at, supplied by the application: whether the database answers with every
 * migration applied ({@code /health/ready}, {@code /health}), the metrics in Prometheus text ({@code /metrics}), and an observer told of
 * every request (method, route pattern, status, duration) to count and time them.
 */
public record Operations(BooleanSupplier databaseReachable, Supplier<String> metrics, RequestObserver requests) {

    /** Told of every request once it is answered. */
    @FunctionalInterface
    public interface RequestObserver {
        void observed(String method, String route, int status, Duration took);
    }

    public Operations {
        Objects.requireNonNull(databaseReachable, "databaseReachable");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(requests, "requests");
    }

    /** For tests of the API alone: no database to check, no metrics kept. */
    public static Operations unmonitored() {
        return new Operations(() -> true, () -> "", (method, route, status, took) -> { });
    }
}
