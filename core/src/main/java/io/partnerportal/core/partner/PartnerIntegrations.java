package io.partnerportal.core.partner;

import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.application.KeyRevocation;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.value.Numbers;
import io.partnerportal.core.domain.value.Text;
import io.partnerportal.core.domain.webhook.EventTypes;
import io.partnerportal.core.domain.webhook.WebhookUrl;
import io.partnerportal.core.port.out.ApiKeyRepository;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.port.out.WebhookStore;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a partner's integration does through the API (R20, R21, R22): register, list and delete
 * webhook endpoints, rotate their secrets, list and retry their deliveries, read the events feed, and
 * manage its API keys. The partner is in every command; another partner's endpoint, delivery or key
 * does not exist for it (R15).
 */
public interface PartnerIntegrations {

    /**
     * The integrations' use cases over the ports they call; {@link io.partnerportal.core.Core} wires it.
     *
     * @param tx         units of work and the clock
     * @param webhooks   the endpoints and their deliveries
     * @param events     the events feed
     * @param sender     checks where an endpoint's address leads
     * @param keys       the API keys
     * @param revocation revokes keys, never a partner's last
     * @return the port
     */
    static PartnerIntegrations create(Transactions tx, WebhookStore webhooks, PartnerEventStore events,
                                      WebhookSender sender, ApiKeyRepository keys, KeyRevocation revocation) {
        return new IntegrationsService(tx, webhooks, events, sender, keys, revocation);
    }

    /**
     * @param partner whose keys
     * @return its active keys, oldest first
     */
    List<ApiKeyView> apiKeys(PartnerId partner);

    /**
     * @param command the partner and the key's name
     * @return the new key, shown once
     * @throws io.partnerportal.core.domain.error.ValidationException at 20 active keys ({@code name})
     */
    ApiKeyView createApiKey(CreateApiKey command);

    /**
     * Revokes one of the partner's keys: it answers 401 at once on every instance.
     *
     * @param command which key
     * @return the key revoked
     * @throws io.partnerportal.core.domain.error.NotFoundException a key that is not one of the partner's
     *         active keys (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code LAST_API_KEY} (R22)
     */
    ApiKeyView revokeApiKey(ApiKeyRef command);

    /**
     * @param command the address and the events wanted
     * @return the new endpoint, with its secret (shown once)
     * @throws io.partnerportal.core.domain.error.ValidationException an address that may not receive events,
     *         at 20 endpoints ({@code url})
     */
    EndpointView registerEndpoint(RegisterEndpoint command);

    /**
     * @param partner whose endpoints
     * @return its endpoints, oldest first, without secrets
     */
    List<EndpointView> endpoints(PartnerId partner);

    /**
     * @param command which endpoint
     * @return it, without secret
     * @throws io.partnerportal.core.domain.error.NotFoundException another partner's, or none (R15)
     */
    EndpointView endpoint(EndpointRef command);

    /**
     * Deletes an endpoint and its deliveries.
     *
     * @param command which endpoint
     * @return the endpoint deleted, without secret
     * @throws io.partnerportal.core.domain.error.NotFoundException another partner's, or none (R15)
     */
    EndpointView deleteEndpoint(EndpointRef command);

    /**
     * Draws a new secret; the previous one signs too for 24 hours.
     *
     * @param command which endpoint
     * @return the endpoint with its new secret (shown once)
     * @throws io.partnerportal.core.domain.error.NotFoundException another partner's, or none (R15)
     */
    EndpointView rotateSecret(EndpointRef command);

    /**
     * @param command which endpoint
     * @return its latest deliveries (at most 100), newest first
     * @throws io.partnerportal.core.domain.error.NotFoundException another partner's, or none (R15)
     */
    List<DeliveryView> deliveries(EndpointRef command);

    /**
     * Sends a delivery again (soon, by the delivery loop, never on the request path).
     *
     * @param command which delivery
     * @return it, pending again
     * @throws io.partnerportal.core.domain.error.NotFoundException another partner's, or none (R15)
     */
    DeliveryView retryDelivery(DeliveryRef command);

    /**
     * @param command where to start, which type, how many
     * @return the events oldest first, and the cursor of the next page
     * @throws io.partnerportal.core.domain.error.ValidationException a cursor this feed did not return
     */
    Page<EventView> events(ListEvents command);

    // ---- commands ----

    /**
     * Register a webhook endpoint (R20).
     *
     * @param partner the partner
     * @param url     where to POST events
     * @param events  the event names wanted; empty: all
     */
    record RegisterEndpoint(PartnerId partner, URI url, List<String> events) {
        /**
         * Checks the parts.
         *
         * @param partner the partner
         * @param url     where to POST events
         * @param events  the event names wanted; empty: all
         */
        public RegisterEndpoint {
            Objects.requireNonNull(partner, "partner");
            events = events == null ? List.of() : List.copyOf(events);
        }

        /**
         * @param partner the partner
         * @param url     as typed
         * @param events  as typed, or null for all
         * @return the command
         */
        public static RegisterEndpoint parse(PartnerId partner, String url, List<String> events) {
            Fields f = new Fields();
            URI u = f.parse("url", () -> WebhookUrl.parse(url));
            List<String> names = new ArrayList<>();
            if (events != null) {
                for (String e : events) {
                    if (e == null || !EventTypes.ALL.contains(e)) {
                        f.add("events", FieldErrorCode.NOT_ONE_OF, e + " is not one of " + String.join(", ", EventTypes.ALL));
                    } else if (names.contains(e)) {
                        f.add("events", FieldErrorCode.DUPLICATE, e + " is named twice");
                    } else {
                        names.add(e);
                    }
                }
            }
            f.throwIfAny();
            return new RegisterEndpoint(partner, u, names);
        }
    }

    /**
     * One of the partner's endpoints.
     *
     * @param partner  the partner
     * @param endpoint the endpoint's id
     */
    record EndpointRef(PartnerId partner, UUID endpoint) {
        /**
         * Checks the partner.
         *
         * @param partner  the partner
         * @param endpoint the endpoint's id
         */
        public EndpointRef {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param id      as typed
         * @return the command
         */
        public static EndpointRef parse(PartnerId partner, String id) {
            return new EndpointRef(partner, Fields.single("id", () -> uuid(id)));
        }
    }

    /**
     * One delivery of one of the partner's endpoints.
     *
     * @param endpoint the endpoint
     * @param delivery the delivery's id
     */
    record DeliveryRef(EndpointRef endpoint, long delivery) {
        /**
         * @param partner  the partner
         * @param endpoint as typed
         * @param delivery as typed
         * @return the command
         */
        public static DeliveryRef parse(PartnerId partner, String endpoint, String delivery) {
            Fields f = new Fields();
            UUID e = f.parse("id", () -> uuid(endpoint));
            Long d = f.parse("deliveryId", () -> {
                try {
                    long v = Long.parseLong(delivery);
                    if (v < 1) {
                        throw new NumberFormatException();
                    }
                    return v;
                } catch (NumberFormatException | NullPointerException ex) {
                    throw new InvalidValueException(FieldErrorCode.MALFORMED, "is not a delivery id");
                }
            });
            f.throwIfAny();
            return new DeliveryRef(new EndpointRef(partner, e), d);
        }
    }

    /**
     * A page of the partner's events feed (R21).
     *
     * @param partner the partner
     * @param after   the position to start after (0: the oldest)
     * @param type    only this event name, or empty
     * @param limit   the page size
     */
    record ListEvents(PartnerId partner, long after, Optional<String> type, int limit) {
        /**
         * Checks the parts.
         *
         * @param partner the partner
         * @param after   the position to start after
         * @param type    only this event name, or empty
         * @param limit   the page size
         */
        public ListEvents {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(type, "type");
        }

        /**
         * The feed from its oldest event, {@value Inputs#DEFAULT_LIMIT} a page, every type.
         *
         * @param partner the partner
         * @return the command
         */
        public static ListEvents of(PartnerId partner) {
            return new ListEvents(partner, 0, Optional.empty(), Inputs.DEFAULT_LIMIT);
        }

        /**
         * @param next the cursor a page answered ({@link Page#next()})
         * @return the page after it
         */
        public ListEvents after(String next) {
            return new ListEvents(partner, Fields.single("after", () -> position(Cursor.parse(next))), type, limit);
        }

        /**
         * @param eventType only events of this type ({@link EventTypes#ALL})
         * @return the same feed, of that type alone
         */
        public ListEvents ofType(String eventType) {
            if (!EventTypes.ALL.contains(eventType)) {
                throw io.partnerportal.core.domain.error.ValidationException.of("type", FieldErrorCode.NOT_ONE_OF,
                        "must be one of " + String.join(", ", EventTypes.ALL));
            }
            return new ListEvents(partner, after, Optional.of(eventType), limit);
        }

        /**
         * @param size the page size, 1 to {@value Inputs#MAX_LIMIT}
         * @return the same feed, in pages of {@code size}
         */
        public ListEvents limit(int size) {
            return new ListEvents(partner, after, type,
                    Fields.single("limit", () -> Numbers.inRange(size, 1, Inputs.MAX_LIMIT)));
        }

        private static long position(Cursor c) {
            return Cursor.position(c, "after", 1, p -> {
                long at = Long.parseLong(p.get(0));
                if (at < 0) {
                    throw new IllegalArgumentException("a feed position is never negative");
                }
                return at;
            });
        }

        /**
         * @param partner the partner
         * @param after   the cursor as typed, or null
         * @param type    as typed, or null
         * @param limit   as typed, or null
         * @return the command
         */
        public static ListEvents parse(PartnerId partner, String after, String type, Integer limit) {
            Fields f = new Fields();
            Cursor c = f.optional("after", after, Cursor::parse);
            Long position = c == null ? Long.valueOf(0) : f.parse("after", () -> position(c));
            if (type != null && !EventTypes.ALL.contains(type)) {
                f.add("type", FieldErrorCode.NOT_ONE_OF, "must be one of " + String.join(", ", EventTypes.ALL));
            }
            int size = Inputs.limit(f, limit);
            f.throwIfAny();
            return new ListEvents(partner, position, Optional.ofNullable(type), size);
        }
    }

    /**
     * Create an API key (R22).
     *
     * @param partner the partner
     * @param name    what the partner calls it
     */
    record CreateApiKey(PartnerId partner, String name) {
        /** The longest name. */
        public static final int MAX_NAME = 100;

        /**
         * Checks the partner.
         *
         * @param partner the partner
         * @param name    what the partner calls it
         */
        public CreateApiKey {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(name, "name");
        }

        /**
         * @param partner the partner
         * @param name    as typed
         * @return the command
         */
        public static CreateApiKey parse(PartnerId partner, String name) {
            return new CreateApiKey(partner, Fields.single("name",
                    () -> Text.singleLine(name, MAX_NAME)));
        }
    }

    /**
     * One of the partner's API keys.
     *
     * @param partner the partner
     * @param key     the key's id (the part between {@code psp_} and the next {@code _})
     */
    record ApiKeyRef(PartnerId partner, String key) {
        /**
         * Checks the parts.
         *
         * @param partner the partner
         * @param key     the key's id
         */
        public ApiKeyRef {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(key, "key");
        }

        /**
         * @param partner the partner
         * @param id      as typed
         * @return the command
         */
        public static ApiKeyRef parse(PartnerId partner, String id) {
            return new ApiKeyRef(partner, Fields.single("id", () -> {
                if (id == null || !id.matches("[A-Za-z0-9]{1,64}")) {
                    throw new InvalidValueException(FieldErrorCode.MALFORMED,
                            "is not an API key id (the part between psp_ and the next _)");
                }
                return id;
            }));
        }
    }

    private static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "is not an id");
        }
    }

    // ---- views ----

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
}
