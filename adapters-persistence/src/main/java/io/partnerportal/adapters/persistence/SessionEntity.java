package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "user_session")
class SessionEntity {
    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "person_id")
    String personId;
    @Column(name = "csrf_token")
    String csrfToken;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "last_seen_at")
    OffsetDateTime lastSeenAt;

    protected SessionEntity() {
    }
}
