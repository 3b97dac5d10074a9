package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "sign_in_request")
class SignInRequestEntity {
    @Id
    String id;
    String email;
    @Column(name = "requested_at")
    OffsetDateTime requestedAt;

    protected SignInRequestEntity() {
    }
}
