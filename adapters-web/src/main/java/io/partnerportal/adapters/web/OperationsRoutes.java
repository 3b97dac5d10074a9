package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /health}: 200 when the database answers, 503 otherwise (for load balancers and
 * orchestrators). {@code GET /metrics}: Prometheus text. Neither needs a key: expose them to the
 * operators' network only.
 */
final class OperationsRoutes {
    private final Operations operations;

    OperationsRoutes(Operations operations) {
        this.operations = operations;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/metrics", this::metrics);
    }

    private void health(Context ctx) {
        boolean up = operations.databaseReachable().getAsBoolean();
        ctx.status(up ? 200 : 503).contentType("application/json")
                .result(up ? "{\"status\":\"UP\",\"database\":\"UP\"}" : "{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
    }

    private void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(operations.metrics().get());
    }
}
