package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "partner")
class PartnerEntity {
    @Id
    String id;
    String name;
    @Column(name = "contact_email")
    String contactEmail;
    @Column(name = "created_at")
    OffsetDateTime createdAt;

    protected PartnerEntity() {
    }
}
