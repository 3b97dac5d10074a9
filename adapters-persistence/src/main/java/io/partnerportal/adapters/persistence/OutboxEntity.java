package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An outbox row as appended in a unit of work; claims and outcomes are plain SQL in {@link JpaNotificationOutbox}. */
@Entity
@Table(name = "notification_outbox")
class OutboxEntity {
    @Id
    long id;
    @Column(name = "notification_type")
    String type;
    String recipient;
    String content;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "due_at")
    OffsetDateTime dueAt;
    int attempts;
    String status;
    @Column(name = "claimed_by")
    String claimedBy;
    @Column(name = "lease_until")
    OffsetDateTime leaseUntil;
    @Column(name = "expires_at")
    OffsetDateTime expiresAt;
    @Column(name = "finished_at")
    OffsetDateTime finishedAt;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "trace_parent")
    String traceParent;
    String subject;

    protected OutboxEntity() {
    }
}
