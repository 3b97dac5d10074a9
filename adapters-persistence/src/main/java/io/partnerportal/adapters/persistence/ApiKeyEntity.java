package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "api_key")
class ApiKeyEntity {
    @Id
    String id;
    @Column(name = "secret_hash")
    String secretHash;
    String kind;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;
    String name;
    @Column(name = "last_used_at")
    OffsetDateTime lastUsedAt;

    protected ApiKeyEntity() {
    }
}
