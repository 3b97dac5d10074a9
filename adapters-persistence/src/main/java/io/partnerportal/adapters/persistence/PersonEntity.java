package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

@Entity
@Table(name = "person")
class PersonEntity {
    @Id
    String id;
    String email;
    String name;
    String locale;
    @Column(name = "told_of_site_migration")
    boolean toldOfSiteMigration;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "erased_at")
    OffsetDateTime erasedAt;
    @Version
    long version;
    @Column(name = "time_zone")
    String timeZone;

    protected PersonEntity() {
    }
}
