package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "subscription_history")
class HistoryEntity {
    @Id
    String id;
    @Column(name = "entitlement_number")
    String number;
    @Column(name = "occurred_at")
    OffsetDateTime occurredAt;
    @Column(name = "actor_kind")
    String actorKind;
    @Column(name = "actor_id")
    String actorId;
    @Column(name = "history_action")
    String action;
    String details;

    protected HistoryEntity() {
    }
}
