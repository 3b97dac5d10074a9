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
    String scope;
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

    /** The composite key: scope and idempotency key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String scope;
        public String key;

        public Key() {
        }

        Key(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scope, k.scope) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }
}
