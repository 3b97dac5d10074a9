package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.LocalDate;

@Entity
@Table(name = "site")
class SiteEntity {
    @Id
    String url;
    @Column(name = "migrated_on")
    LocalDate migratedOn;
    @Column(name = "created_at")
    OffsetDateTime createdAt;

    protected SiteEntity() {
    }
}
