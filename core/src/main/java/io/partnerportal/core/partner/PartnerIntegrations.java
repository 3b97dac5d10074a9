package io.partnerportal.core.partner;

import io.partnerportal.core.application.Page;
import java.time.Instant;
import java.util.List;

/**
 * What a partner's integration does through the API (R20, R21): register, list and delete
 * webhook endpoints, rotate their secrets, list and retry their deliveries, and read the events
 * feed. The partner is in every command; another partner's endpoint does not exist for it (R15).
 */
public interface PartnerIntegrations extends IntegrationCommands {

    /**
     * An endpoint as its partner sees it.
     *
     * @param id                      its id
     * @param url                     where events are POSTed
     * @param events                  the event names it receives; empty: all
     * @param createdAt               when it was registered
     * @param secret                  the signing secret, only in the answer that created it (registration,
     *                                rotation); else null
     * @param previousSecretExpiresAt until when the previous secret signs too, or null
     */
    record EndpointView(String id, String url, List<String> events, Instant createdAt, String secret,
                        Instant previousSecretExpiresAt) {
    }

    /**
     * One delivery of one event to one endpoint.
     *
     * @param id            its id
     * @param eventId       the event's id
     * @param eventType     the event's name
     * @param status        PENDING, SENT or DEAD
     * @param attempts      attempts made
     * @param responseCode  the HTTP status of the last attempt, or null
     * @param lastError     why the last attempt failed, or null
     * @param createdAt     when the event happened
     * @param lastAttemptAt when it was last tried, or null
     * @param nextAttemptAt when it is tried next (PENDING), else null
     */
    record DeliveryView(long id, String eventId, String eventType, String status, int attempts, Integer responseCode,
                        String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt) {
    }

    /**
     * One event of the feed: its JSON exactly as webhooks deliver it.
     *
     * @param id   the event's id
     * @param type its name
     * @param body the JSON
     */
    record EventView(String id, String type, String body) {
    }

    /**
     * One of the partner's API keys (R22): never its secret, except in the answer that created it.
     *
     * @param id         its id, the part between {@code psp_} and the next {@code _}
     * @param name       what the partner calls it, or null (keys issued by the admin commands)
     * @param createdAt  when it was issued
     * @param lastUsedAt when it last authenticated, to the minute, or null
     * @param key        the whole key, only in the answer that created it; else null
     */
    record ApiKeyView(String id, String name, Instant createdAt, Instant lastUsedAt, String key) {
    }

    /**
     * @param partner whose keys
     * @return its active keys, oldest first
     */
    List<ApiKeyView> apiKeys(io.partnerportal.core.domain.party.PartnerId partner);

    /**
     * @param command the partner and the key's name
     * @return the new key, shown once
     */
    ApiKeyView createApiKey(CreateApiKey command);

    /**
     * Revokes one of the partner's keys: it answers 401 at once on every instance; the last active
     * key is refused ({@code LAST_API_KEY}).
     *
     * @param command which key
     * @return the key revoked
     */
    ApiKeyView revokeApiKey(ApiKeyRef command);

    /**
     * @param command the address and the events wanted
     * @return the new endpoint, with its secret (shown once)
     */
    EndpointView registerEndpoint(RegisterEndpoint command);

    /**
     * @param partner whose endpoints
     * @return its endpoints, oldest first, without secrets
     */
    List<EndpointView> endpoints(io.partnerportal.core.domain.party.PartnerId partner);

    /**
     * @param command which endpoint
     * @return it, without secret
     */
    EndpointView endpoint(EndpointRef command);

    /**
     * Deletes an endpoint and its deliveries.
     *
     * @param command which endpoint
     * @return the endpoint deleted, without secret
     */
    EndpointView deleteEndpoint(EndpointRef command);

    /**
     * Draws a new secret; the previous one signs too for 24 hours.
     *
     * @param command which endpoint
     * @return the endpoint with its new secret (shown once)
     */
    EndpointView rotateSecret(EndpointRef command);

    /**
     * @param command which endpoint
     * @return its latest deliveries (at most 100), newest first
     */
    List<DeliveryView> deliveries(EndpointRef command);

    /**
     * Sends a delivery again (soon, by the delivery loop, never on the request path).
     *
     * @param command which delivery
     * @return it, pending again
     */
    DeliveryView retryDelivery(DeliveryRef command);

    /**
     * @param command where to start, which type, how many
     * @return the events oldest first, and the cursor of the next page
     */
    Page<EventView> events(ListEvents command);
}
