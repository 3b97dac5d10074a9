package io.partnerportal.core.partner;

import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.KeyRevocation;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.access.Secrets;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import io.partnerportal.core.port.out.ApiKeyRepository;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.port.out.WebhookStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R20, R21 and R22 behind {@link PartnerIntegrations}: endpoints are checked (form by the command,
 * where the address leads by the {@link WebhookSender}, which sends nothing) before they are
 * stored; another partner's endpoint, delivery or key is "not found" (R15).
 */
final class IntegrationsService implements PartnerIntegrations {
    /** Most endpoints one partner registers. */
    static final int MAX_ENDPOINTS = 20;
    /** Most deliveries one listing shows. */
    static final int DELIVERIES_SHOWN = 100;
    /** Who signs secrets: "whsec_" and 256 random bits. */
    static final String SECRET_PREFIX = "whsec_";
    /** Most active keys one partner holds. */
    static final int MAX_ACTIVE_KEYS = 20;

    private final Transactions tx;
    private final WebhookStore webhooks;
    private final PartnerEventStore events;
    private final WebhookSender sender;
    private final ApiKeyRepository keys;
    private final KeyRevocation revocation;

    IntegrationsService(Transactions tx, WebhookStore webhooks, PartnerEventStore events, WebhookSender sender,
                        ApiKeyRepository keys, KeyRevocation revocation) {
        this.tx = tx;
        this.webhooks = webhooks;
        this.events = events;
        this.sender = sender;
        this.keys = keys;
        this.revocation = revocation;
    }

    // ---- API keys (R22): another partner's key, a support key or a revoked key is "not found" ----

    @Override
    public List<ApiKeyView> apiKeys(PartnerId partner) {
        return keys.forPartner(partner).stream().filter(ApiKey::active).map(k -> keyView(k, null)).toList();
    }

    @Override
    public ApiKeyView createApiKey(CreateApiKey command) {
        return tx.write(() -> {
            long active = keys.lockForPartner(command.partner()).stream().filter(ApiKey::active).count();
            if (active >= MAX_ACTIVE_KEYS) {
                throw ValidationException.of("name", FieldErrorCode.TOO_MANY,
                        "a partner holds at most " + MAX_ACTIVE_KEYS + " active keys; revoke one first");
            }
            ApiKey.Issued issued = ApiKey.issue(ApiKey.Kind.PARTNER, command.partner(), command.name(), tx.now());
            keys.add(issued.key());
            return keyView(issued.key(), issued.plaintext());
        });
    }

    /** Revocation is {@link KeyRevocation}'s, which locks the partner's keys and refuses the last active one. */
    @Override
    public ApiKeyView revokeApiKey(ApiKeyRef command) {
        ApiKey key = keys.find(command.key())
                .filter(k -> k.kind() == ApiKey.Kind.PARTNER && command.partner().equals(k.partner()) && k.active())
                .orElseThrow(() -> new NotFoundException("API key " + command.key()));
        revocation.partnerKey(key.id());
        return keyView(key, null);
    }

    private static ApiKeyView keyView(ApiKey k, String plaintext) {
        return new ApiKeyView(k.id(), k.name(), k.createdAt(), k.lastUsedAt(), plaintext);
    }

    // ---- webhooks (R20) and the feed (R21) ----

    @Override
    public EndpointView registerEndpoint(RegisterEndpoint command) {
        Optional<String> refusal = sender.refusal(command.url());
        if (refusal.isPresent()) {
            throw ValidationException.of("url", FieldErrorCode.NOT_APPLICABLE, refusal.get());
        }
        return tx.write(() -> {
            if (webhooks.endpoints(command.partner()).size() >= MAX_ENDPOINTS) {
                throw ValidationException.of("url", FieldErrorCode.TOO_MANY,
                        "a partner registers at most " + MAX_ENDPOINTS + " endpoints; delete one first");
            }
            WebhookEndpoint e = new WebhookEndpoint(UUID.randomUUID(), command.partner(), command.url(),
                    command.events(), SECRET_PREFIX + Secrets.newToken(), null, null, tx.now());
            webhooks.addEndpoint(e);
            return view(e, true);
        });
    }

    @Override
    public List<EndpointView> endpoints(PartnerId partner) {
        return webhooks.endpoints(partner).stream().map(e -> view(e, false)).toList();
    }

    @Override
    public EndpointView endpoint(EndpointRef command) {
        return view(owned(command), false);
    }

    @Override
    public EndpointView deleteEndpoint(EndpointRef command) {
        return tx.write(() -> {
            WebhookEndpoint e = owned(command);
            webhooks.deleteEndpoint(command.endpoint());
            return view(e, false);
        });
    }

    @Override
    public EndpointView rotateSecret(EndpointRef command) {
        return tx.write(() -> {
            WebhookEndpoint rotated = owned(command).rotated(SECRET_PREFIX + Secrets.newToken(), tx.now());
            webhooks.updateEndpoint(rotated);
            return view(rotated, true);
        });
    }

    @Override
    public List<DeliveryView> deliveries(EndpointRef command) {
        owned(command);
        return webhooks.deliveries(command.endpoint(), DELIVERIES_SHOWN).stream().map(IntegrationsService::view)
                .toList();
    }

    @Override
    public DeliveryView retryDelivery(DeliveryRef command) {
        return tx.write(() -> {
            owned(command.endpoint());
            return webhooks.retry(command.endpoint().endpoint(), command.delivery(), tx.now())
                    .map(IntegrationsService::view)
                    .orElseThrow(() -> new NotFoundException("Delivery " + command.delivery()));
        });
    }

    @Override
    public Page<EventView> events(ListEvents command) {
        List<PartnerEventStore.Positioned> rows = events.page(command.partner(), command.type(), command.after(),
                command.limit() + 1);
        return Page.of(rows, command.limit(), p -> Cursor.of(Long.toString(p.position())),
                page -> page.stream().map(p -> new EventView(p.event().id().toString(), p.event().type(),
                        p.event().body())).toList());
    }

    private WebhookEndpoint owned(EndpointRef ref) {
        return webhooks.endpoint(ref.endpoint()).filter(e -> e.partner().equals(ref.partner()))
                .orElseThrow(() -> new NotFoundException("Webhook endpoint " + ref.endpoint()));
    }

    private EndpointView view(WebhookEndpoint e, boolean withSecret) {
        Instant now = tx.now();
        Instant previous = e.signingSecrets(now).size() > 1 ? e.previousSecretUntil() : null;
        return new EndpointView(e.id().toString(), e.url().toString(), e.events(), e.createdAt(),
                withSecret ? e.secret() : null, previous);
    }

    private static DeliveryView view(WebhookStore.Delivery d) {
        return new DeliveryView(d.id(), d.eventId().toString(), d.eventType(), d.status().name(), d.attempts(),
                d.responseCode(), d.lastError(), d.createdAt(), d.lastAttemptAt(),
                d.status() == WebhookStore.Status.PENDING ? d.dueAt() : null);
    }
}
