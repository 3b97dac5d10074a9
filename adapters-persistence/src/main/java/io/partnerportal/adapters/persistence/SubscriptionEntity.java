package io.partnerportal.adapters.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A subscription row with its ordered hosts and contacts; mapped by {@link SubscriptionMapper}. */
@Entity
@Table(name = "subscription")
class SubscriptionEntity {
    @Id
    @Column(name = "entitlement_number")
    String number;
    String kind;
    String product;
    @Column(name = "partner_id")
    String partnerId;
    @Column(name = "billing_account_id")
    String billingAccountId;
    String plan;
    @Column(name = "billing_cycle")
    String billingCycle;
    @Column(name = "user_tier")
    int userTier;
    @Column(name = "active_users")
    Integer activeUsers;
    @Column(name = "start_date")
    LocalDate startDate;
    @Column(name = "term_start")
    LocalDate termStart;
    String site;
    String organization;
    @Column(name = "collection_number")
    String collectionNumber;
    @Column(name = "detach_on")
    LocalDate detachOn;

    @Column(name = "requested_on")
    LocalDate requestedOn;
    @Column(name = "requested_reason")
    String requestedReason;
    @Column(name = "requested_by_kind")
    String requestedByKind;
    @Column(name = "requested_by_id")
    String requestedById;
    @Column(name = "requested_at")
    OffsetDateTime requestedAt;

    @Column(name = "cascaded_on")
    LocalDate cascadedOn;
    @Column(name = "cascaded_reason")
    String cascadedReason;
    @Column(name = "cascaded_by_kind")
    String cascadedByKind;
    @Column(name = "cascaded_by_id")
    String cascadedById;
    @Column(name = "cascaded_at")
    OffsetDateTime cascadedAt;
    @Column(name = "cascaded_cause")
    String cascadedCause;
    @Column(name = "cascaded_from")
    String cascadedFrom;

    @Column(name = "cancellation_on")
    LocalDate cancellationOn;
    @Column(name = "change_plan")
    String changePlan;
    @Column(name = "change_user_tier")
    Integer changeUserTier;
    @Column(name = "change_billing_cycle")
    String changeBillingCycle;
    @Column(name = "change_effective_on")
    LocalDate changeEffectiveOn;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    /** V5: when the reminder pass looks at it next (null: never until it changes); kept by the reminder log. */
    @Column(name = "next_reminder_on")
    LocalDate nextReminderOn;

    @ElementCollection
    @CollectionTable(name = "subscription_host", joinColumns = @JoinColumn(name = "entitlement_number"))
    @OrderColumn(name = "ordinal")
    @Column(name = "host_number")
    @BatchFetch(BatchFetchType.IN)
    List<String> hosts = new ArrayList<>();

    @OneToMany(mappedBy = "subscription", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    @BatchFetch(BatchFetchType.IN)
    List<ContactEntity> contacts = new ArrayList<>();

    @Version
    long version;

    protected SubscriptionEntity() {
    }
}
