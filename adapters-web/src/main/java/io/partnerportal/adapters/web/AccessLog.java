package io.partnerportal.adapters.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One line per request: method, the route's pattern (never the raw path, which may carry a
 * secret such as a sign-in token), status and milliseconds. Headers, keys and bodies are never
 * logged. Error logs name the route the same way.
 */
public final class AccessLog {
    private final Consumer<String> sink;
    private final Operations.RequestObserver observer;

    AccessLog(Consumer<String> sink, Operations.RequestObserver observer) {
        this.sink = sink;
        this.observer = observer;
    }

    void log(Context ctx, float ms) {
        String route = route(ctx);
        // "GET /route 200 1.5ms", built by hand: String.format showed in the request path's profile
        long tenths = Math.round((double) ms * 10);
        sink.accept(new StringBuilder(48).append(ctx.method()).append(' ').append(route).append(' ')
                .append(ctx.statusCode()).append(' ').append(tenths / 10).append('.').append(tenths % 10).append("ms")
                .toString());
        observer.observed(ctx.method().name(), route, ctx.statusCode(), Duration.ofNanos((long) (ms * 1_000_000)));
    }

    /** The pattern of the route that handled the request, {@code -} when none matched. */
    public static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null || endpoint.path.isEmpty() ? "-" : endpoint.path;
    }
}
