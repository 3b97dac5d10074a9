package io.partnerportal.core.domain.webhook;

import io.partnerportal.core.domain.party.PartnerId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An address a partner registered to receive its events (R20). The secret signs every delivery;
 * after a rotation the previous secret signs too until {@code previousSecretUntil}, so the
 * partner can switch its receiver over without losing a delivery.
 *
 * @param id                  its id
 * @param partner             whose it is
 * @param url                 where events are POSTed
 * @param events              the event names it receives; empty: all of them
 * @param secret              the signing secret
 * @param previousSecret      the secret before the last rotation, or null
 * @param previousSecretUntil until when the previous secret signs too, or null
 * @param createdAt           when it was registered
 */
public record WebhookEndpoint(UUID id, PartnerId partner, URI url, List<String> events, String secret,
                              String previousSecret, Instant previousSecretUntil, Instant createdAt) {
    /** How long a rotated secret still signs. */
    public static final Duration PREVIOUS_SECRET_SIGNS_FOR = Duration.ofHours(24);

    /**
     * Checks the parts.
     *
     * @param id                  its id
     * @param partner             whose it is
     * @param url                 where events are POSTed
     * @param events              the event names it receives; empty: all of them
     * @param secret              the signing secret
     * @param previousSecret      the secret before the last rotation, or null
     * @param previousSecretUntil until when the previous secret signs too, or null
     * @param createdAt           when it was registered
     */
    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        events = List.copyOf(events);
    }

    /**
     * @param type an event's name
     * @return whether this endpoint receives events of that name
     */
    public boolean receives(String type) {
        return events.isEmpty() || events.contains(type);
    }

    /**
     * @param now the clock's instant
     * @return the secrets that sign a delivery now: the current one first
     */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>();
        secrets.add(secret);
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /**
     * @param newSecret the new signing secret
     * @param now       the clock's instant
     * @return this endpoint signing with {@code newSecret}, the current secret signing too for 24 hours
     */
    public WebhookEndpoint rotated(String newSecret, Instant now) {
        return new WebhookEndpoint(id, partner, url, events, newSecret, secret, now.plus(PREVIOUS_SECRET_SIGNS_FOR),
                createdAt);
    }
}
