package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyEntity.Key.class)
class IdempotencyEntity {
    @Id
    @Column(name = "partner_id")
    String partnerId;
    @Id
    @Column(name = "idempotency_key")
    String key;
    @Column(name = "request_hash")
    String requestHash;
    String state;
    @Column(name = "response_status")
    Integer responseStatus;
    @Column(name = "response_body")
    String responseBody;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "locked_until")
    OffsetDateTime lockedUntil;

    protected IdempotencyEntity() {
    }

    /** The composite key: partner and idempotency key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String partnerId;
        public String key;

        public Key() {
        }

        Key(String partnerId, String key) {
            this.partnerId = partnerId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(partnerId, k.partnerId) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, key);
        }
    }
}
