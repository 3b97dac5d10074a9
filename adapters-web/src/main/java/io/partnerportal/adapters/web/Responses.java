package io.partnerportal.adapters.web;

import io.javalin.http.Context;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.Idempotency;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Renders views as JSON. A change runs under the caller's {@code Idempotency-Key} when it sends
 * one (SPEC §4; keys scoped per partner, and per support key for support's route): the port call and the JSON of its answer happen inside the core's idempotency
 * unit, so what is recorded is exactly what the caller receives, and a replay answers the recorded
 * status and body with {@code Idempotent-Replayed: true}.
 */
final class Responses {
    private final Json json;
    private final Idempotency idempotency;

    Responses(Json json, Idempotency idempotency) {
        this.json = json;
        this.idempotency = idempotency;
    }

    /** A read, or a change that is not replayed (a preview): 200 with the view. */
    void ok(Context ctx, Object view) {
        send(ctx, 200, json.write(view));
    }

    /** A read whose JSON is already written (the events feed's bodies, byte for byte as webhooks send them). */
    void okJson(Context ctx, String body) {
        send(ctx, 200, body);
    }

    /**
     * A partner's change: {@code command} calls one port method and returns the view to render
     * with {@code status}. {@code request} is the parsed body (null when the route takes none); with
     * the route and its path parameters it fingerprints the request, so the same request written
     * with other whitespace or key order is the same request.
     */
    void change(Context ctx, PartnerId partner, int status, Object request, Supplier<Object> command) {
        change(ctx, Idempotency.Call.scopeOf(partner), status, request, command);
    }

    /** A change by vendor support, under the support key's own idempotency keys. */
    void supportChange(Context ctx, String supportKeyId, Object request, Supplier<Object> command) {
        change(ctx, Idempotency.Call.supportScopeOf(supportKeyId), 200, request, command);
    }

    private void change(Context ctx, String scope, int status, Object request, Supplier<Object> command) {
        Supplier<Idempotency.Response> run = () -> new Idempotency.Response(status, json.write(command.get()));
        String key = ctx.header(Http.IDEMPOTENCY_KEY);
        if (key == null) {
            Idempotency.Response r = run.get();
            send(ctx, r.status(), r.body());
            return;
        }
        Idempotency.Outcome outcome = idempotency.run(new Idempotency.Call(scope, key, fingerprint(ctx, request)),
                run);
        if (outcome.replayed()) {
            ctx.header(Http.IDEMPOTENT_REPLAYED, "true");
        }
        send(ctx, outcome.response().status(), outcome.response().body());
    }

    private String fingerprint(Context ctx, Object request) {
        Map<String, String> params = new TreeMap<>(ctx.pathParamMap());
        String canonical = ctx.method() + " " + ctx.endpoint().path + "\n" + json.write(params) + "\n"
                + (request == null ? "" : json.write(request));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void send(Context ctx, int status, String body) {
        ctx.status(status).contentType(Http.JSON).result(body);
    }
}
