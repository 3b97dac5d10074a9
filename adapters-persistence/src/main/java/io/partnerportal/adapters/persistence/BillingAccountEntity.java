package io.partnerportal.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "billing_account")
class BillingAccountEntity {
    @Id
    String id;
    @Column(name = "partner_id")
    String partnerId;
    String name;
    @Column(name = "created_at")
    OffsetDateTime createdAt;

    protected BillingAccountEntity() {
    }
}
