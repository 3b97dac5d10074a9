package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A partner's webhook endpoint; its event names are stored comma-separated (none: all). */
@Entity
@Table(name = "webhook_endpoint")
class WebhookEndpointEntity {
    @Id
    String id;
    @Column(name = "partner_id")
    String partnerId;
    String url;
    @Column(name = "event_types")
    String eventTypes;
    String secret;
    @Column(name = "previous_secret")
    String previousSecret;
    @Column(name = "previous_secret_until")
    OffsetDateTime previousSecretUntil;
    @Column(name = "created_at")
    OffsetDateTime createdAt;

    protected WebhookEndpointEntity() {
    }
}
