package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "organization")
class OrganizationEntity {
    @Id
    String name;
    @Column(name = "created_at")
    OffsetDateTime createdAt;

    protected OrganizationEntity() {
    }
}
