package io.partnerportal.core.partner;

import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.webhook.EventTypes;
import io.partnerportal.core.domain.webhook.WebhookUrl;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The commands of {@link PartnerIntegrations}, each with its parse step naming the caller's fields. */
public interface IntegrationCommands {

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
         * @param partner the partner
         * @param after   the cursor as typed, or null
         * @param type    as typed, or null
         * @param limit   as typed, or null
         * @return the command
         */
        public static ListEvents parse(PartnerId partner, String after, String type, Integer limit) {
            Fields f = new Fields();
            Cursor c = f.optional("after", after, Cursor::parse);
            Long position = c == null ? Long.valueOf(0) : f.parse("after", () -> {
                try {
                    long p = Long.parseLong(c.parts(1).get(0));
                    if (p < 0) {
                        throw Cursor.invalid();
                    }
                    return p;
                } catch (NumberFormatException e) {
                    throw Cursor.invalid();
                }
            });
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
                    () -> io.partnerportal.core.domain.value.Text.singleLine(name, MAX_NAME)));
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
}
