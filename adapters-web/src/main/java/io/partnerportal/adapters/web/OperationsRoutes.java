package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * For load balancers and orchestrators: {@code GET /health/live} answers 200 as long as the process
 * serves requests, and asks nothing of the database (a database outage must not restart every
 * instance); {@code GET /health/ready} is 200 when the database answers with every migration
 * applied, else 503 with {@code Retry-After} — at once, without asking the database, from the moment
 * the instance begins to stop; {@code GET /health} is the readiness check.
 * {@code GET /metrics}: Prometheus text. None needs a key: expose them to the operators' network
 * only.
 */
final class OperationsRoutes {
    private final Operations operations;

    OperationsRoutes(Operations operations) {
        this.operations = operations;
    }

    /**
     * Whether a path is one of these routes: probes and scrapes are not counted against the client
     * address's rate limit, so liveness never waits on a store either.
     */
    static boolean serves(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics");
    }

    void register(RoutesConfig routes) {
        routes.get("/health", this::ready);
        routes.get("/health/ready", this::ready);
        routes.get("/health/live", this::live);
        routes.get("/metrics", this::metrics);
    }

    private void live(Context ctx) {
        ctx.status(200).contentType(Http.JSON).result("{\"status\":\"UP\"}");
    }

    private void ready(Context ctx) {
        if (operations.stopping().getAsBoolean()) {
            ctx.header(Http.RETRY_AFTER, Http.RETRY_AFTER_UNAVAILABLE);
            ctx.status(503).contentType(Http.JSON).result("{\"status\":\"DOWN\",\"stopping\":true}");
            return;
        }
        boolean up = operations.databaseReachable().getAsBoolean();
        if (!up) {
            ctx.header(Http.RETRY_AFTER, Http.RETRY_AFTER_UNAVAILABLE);
        }
        ctx.status(up ? 200 : 503).contentType(Http.JSON)
                .result(up ? "{\"status\":\"UP\",\"database\":\"UP\"}" : "{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
    }

    private void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(operations.metrics().get());
    }
}
