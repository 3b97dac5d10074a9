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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Renders views as JSON. A change runs under the caller's {@code Idempotency-Key} when it sends
 * one (SPEC §4; keys scoped per partner, and per support key for support's route): the port call and the JSON of its answer happen inside the core's idempotency
 * unit, so what is recorded is exactly what the caller receives, and a replay answers the recorded
 * status and body with {@code Idempotent-Replayed: true}. A change whose answer shows a secret once
 * (a new API key, a webhook signing secret) records its answer with the secret left out (S2): the
 * first caller receives the secret, a replay the same status and body without it, and the secret is
 * never written to the idempotency record.
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

    /**
     * A partner's change whose answer holds a secret shown once: {@code withoutSecret} gives the view
     * as it is recorded and replayed, with the secret left out.
     */
    <T> void changeShowingSecretOnce(Context ctx, PartnerId partner, int status, Object request, Supplier<T> command,
                                     UnaryOperator<T> withoutSecret) {
        String scope = Idempotency.Call.scopeOf(partner);
        AtomicReference<String> shown = new AtomicReference<>();
        Supplier<Idempotency.Response> run = () -> {
            T view = command.get();
            // a unit of work retried after a lost race runs the command again: the last run is the one committed
            shown.set(json.write(view));
            return new Idempotency.Response(status, json.write(withoutSecret.apply(view)));
        };
        respond(ctx, scope, request, run, outcome -> outcome.replayed() ? outcome.response().body() : shown.get());
    }

    private void change(Context ctx, String scope, int status, Object request, Supplier<Object> command) {
        Supplier<Idempotency.Response> run = () -> new Idempotency.Response(status, json.write(command.get()));
        respond(ctx, scope, request, run, outcome -> outcome.response().body());
    }

    /** Runs {@code run} under the caller's key, if any; {@code body} is what the caller receives of the outcome. */
    private void respond(Context ctx, String scope, Object request, Supplier<Idempotency.Response> run,
                         Function<Idempotency.Outcome, String> body) {
        String key = ctx.header(Http.IDEMPOTENCY_KEY);
        Idempotency.Outcome outcome = key == null ? new Idempotency.Outcome(run.get(), false)
                : idempotency.run(new Idempotency.Call(scope, key, fingerprint(ctx, request)), run);
        if (outcome.replayed()) {
            ctx.header(Http.IDEMPOTENT_REPLAYED, "true");
        }
        send(ctx, outcome.response().status(), body.apply(outcome));
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
