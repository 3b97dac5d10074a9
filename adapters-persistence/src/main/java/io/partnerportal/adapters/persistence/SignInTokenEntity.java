package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "sign_in_token")
class SignInTokenEntity {
    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "person_id")
    String personId;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "expires_at")
    OffsetDateTime expiresAt;
    @Column(name = "used_at")
    OffsetDateTime usedAt;

    protected SignInTokenEntity() {
    }
}
