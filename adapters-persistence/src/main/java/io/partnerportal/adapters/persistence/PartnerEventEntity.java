package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A partner's event as appended in a unit of work; the feed is read with plain SQL in {@link JpaPartnerEventStore}. */
@Entity
@Table(name = "partner_event")
class PartnerEventEntity {
    @Id
    @Column(name = "feed_position")
    long position;
    String id;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "event_type")
    String type;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    String body;

    protected PartnerEventEntity() {
    }
}
