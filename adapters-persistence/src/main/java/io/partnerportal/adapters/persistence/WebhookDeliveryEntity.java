package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A webhook delivery as appended in a unit of work; claims and outcomes are plain SQL in {@link JpaWebhookStore}. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDeliveryEntity {
    @Id
    long id;
    @Column(name = "endpoint_id")
    String endpointId;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "event_id")
    String eventId;
    @Column(name = "event_type")
    String eventType;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "due_at")
    OffsetDateTime dueAt;
    int attempts;
    String status;
    @Column(name = "trace_parent")
    String traceParent;

    protected WebhookDeliveryEntity() {
    }
}
