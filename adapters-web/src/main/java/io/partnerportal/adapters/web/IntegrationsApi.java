package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.domain.webhook.EventBody;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.signin.ApiAuthentication.ApiCaller.PartnerCaller;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partner's integration routes (R20 webhooks, R21 the events feed, R22 API keys). Like {@link PartnerApi}:
 * each parses the request into a command, calls one port method and renders the view; changes run
 * under the partner's {@code Idempotency-Key}.
 */
final class IntegrationsApi {
    private static final String ENDPOINTS = PartnerApi.V1 + "/webhook-endpoints";
    private static final String ENDPOINT = ENDPOINTS + "/{id}";
    private static final String KEYS = PartnerApi.V1 + "/api-keys";

    private final PartnerIntegrations integrations;
    private final ApiAuth auth;
    private final RequestReader in;
    private final Responses out;

    IntegrationsApi(PartnerIntegrations integrations, ApiAuth auth, RequestReader in, Responses out) {
        this.integrations = integrations;
        this.auth = auth;
        this.in = in;
        this.out = out;
    }

    void register(RoutesConfig routes) {
        routes.post(ENDPOINTS, withoutQuery(this::registerEndpoint));
        routes.get(ENDPOINTS, withoutQuery(this::endpoints));
        routes.get(ENDPOINT, withoutQuery(this::endpoint));
        routes.delete(ENDPOINT, withoutQuery(this::deleteEndpoint));
        routes.post(ENDPOINT + "/secret", withoutQuery(this::rotateSecret));
        routes.get(ENDPOINT + "/deliveries", withoutQuery(this::deliveries));
        routes.post(ENDPOINT + "/deliveries/{deliveryId}/retry", withoutQuery(this::retry));
        routes.get(PartnerApi.V1 + "/events", auth.partner(this::events));
        routes.get(KEYS, withoutQuery(this::apiKeys));
        routes.post(KEYS, withoutQuery(this::createApiKey));
        routes.delete(KEYS + "/{id}", withoutQuery(this::revokeApiKey));
    }

    private Handler withoutQuery(ApiAuth.PartnerHandler route) {
        return auth.partner((ctx, caller) -> {
            in.query(ctx, Set.of());
            route.handle(ctx, caller);
        });
    }

    record EndpointBody(String url, List<String> events) {
    }

    record ApiKeyBody(String name) {
    }

    private void apiKeys(Context ctx, PartnerCaller caller) {
        out.ok(ctx, new Items<>(integrations.apiKeys(caller.partner())));
    }

    private void createApiKey(Context ctx, PartnerCaller caller) {
        ApiKeyBody body = in.body(ctx, ApiKeyBody.class);
        var command = PartnerIntegrations.CreateApiKey.parse(caller.partner(), body.name());
        out.changeShowingSecretOnce(ctx, caller.partner(), 201, body, () -> integrations.createApiKey(command),
                IntegrationsApi::withoutKey);
    }

    private void revokeApiKey(Context ctx, PartnerCaller caller) {
        var command = PartnerIntegrations.ApiKeyRef.parse(caller.partner(), ctx.pathParam("id"));
        out.change(ctx, caller.partner(), 200, null, () -> integrations.revokeApiKey(command));
    }

    /** {@code {items: [...]}}: a short list, never paged. */
    record Items<T>(List<T> items) {
    }

    private void registerEndpoint(Context ctx, PartnerCaller caller) {
        EndpointBody body = in.body(ctx, EndpointBody.class);
        var command = PartnerIntegrations.RegisterEndpoint.parse(caller.partner(), body.url(), body.events());
        out.changeShowingSecretOnce(ctx, caller.partner(), 201, body, () -> integrations.registerEndpoint(command),
                IntegrationsApi::withoutSecret);
    }

    private void endpoints(Context ctx, PartnerCaller caller) {
        out.ok(ctx, new Items<>(integrations.endpoints(caller.partner())));
    }

    private void endpoint(Context ctx, PartnerCaller caller) {
        out.ok(ctx, integrations.endpoint(PartnerIntegrations.EndpointRef.parse(caller.partner(), ctx.pathParam("id"))));
    }

    private void deleteEndpoint(Context ctx, PartnerCaller caller) {
        var command = PartnerIntegrations.EndpointRef.parse(caller.partner(), ctx.pathParam("id"));
        out.change(ctx, caller.partner(), 200, null, () -> integrations.deleteEndpoint(command));
    }

    private void rotateSecret(Context ctx, PartnerCaller caller) {
        var command = PartnerIntegrations.EndpointRef.parse(caller.partner(), ctx.pathParam("id"));
        out.changeShowingSecretOnce(ctx, caller.partner(), 200, null, () -> integrations.rotateSecret(command),
                IntegrationsApi::withoutSecret);
    }

    /** S2: a new key as its replay answers it, the key itself left out. */
    static PartnerIntegrations.ApiKeyView withoutKey(PartnerIntegrations.ApiKeyView v) {
        return new PartnerIntegrations.ApiKeyView(v.id(), v.name(), v.createdAt(), v.lastUsedAt(), null);
    }

    /** S2: an endpoint as the replay of its registration or rotation answers it, the secret left out. */
    static PartnerIntegrations.EndpointView withoutSecret(PartnerIntegrations.EndpointView v) {
        return new PartnerIntegrations.EndpointView(v.id(), v.url(), v.events(), v.createdAt(), null,
                v.previousSecretExpiresAt());
    }

    private void deliveries(Context ctx, PartnerCaller caller) {
        var command = PartnerIntegrations.EndpointRef.parse(caller.partner(), ctx.pathParam("id"));
        out.ok(ctx, new Items<>(integrations.deliveries(command)));
    }

    private void retry(Context ctx, PartnerCaller caller) {
        var command = PartnerIntegrations.DeliveryRef.parse(caller.partner(), ctx.pathParam("id"),
                ctx.pathParam("deliveryId"));
        out.change(ctx, caller.partner(), 200, null, () -> integrations.retryDelivery(command));
    }

    /** The bodies are written once, when the event happened, and sent as they are: the same bytes as the webhooks. */
    private void events(Context ctx, PartnerCaller caller) {
        RequestReader.Query q = in.query(ctx, Set.of("after", "type", "limit"));
        var command = PartnerIntegrations.ListEvents.parse(caller.partner(), q.text("after"), q.text("type"),
                q.number("limit"));
        Page<PartnerIntegrations.EventView> page = integrations.events(command);
        String items = page.items().stream().map(PartnerIntegrations.EventView::body).collect(Collectors.joining(","));
        out.okJson(ctx, "{\"items\":[" + items + "],\"next\":"
                + (page.next() == null ? "null" : EventBody.quote(page.next())) + "}");
    }
}
