package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Between the aggregate's state and its row, both ways; no rule lives here. */
final class SubscriptionMapper {
    private SubscriptionMapper() {
    }

    static Subscription toDomain(SubscriptionEntity e) {
        List<ContactEntity> contacts = contactsInOrder(e);
        return Subscription.restore(SubscriptionState.builder()
                .number(new EntitlementNumber(e.number))
                .kind(SubscriptionKind.valueOf(e.kind))
                .product(new ProductCode(e.product))
                .partner(new PartnerId(UUID.fromString(e.partnerId)))
                .billingAccount(new BillingAccountId(UUID.fromString(e.billingAccountId)))
                .plan(Plan.valueOf(e.plan))
                .billingCycle(BillingCycle.valueOf(e.billingCycle))
                .userTier(e.userTier)
                .activeUsers(e.activeUsers)
                .startDate(e.startDate)
                .termStart(e.termStart)
                .site(e.site == null ? null : SiteUrl.of(e.site))
                .organization(e.organization == null ? null : new OrganizationName(e.organization))
                .collection(e.collectionNumber == null ? null : new EntitlementNumber(e.collectionNumber))
                .detachOn(e.detachOn)
                .hosts(e.hosts.stream().map(EntitlementNumber::new).toList())
                .contacts(contacts.stream().map(c -> new PersonId(UUID.fromString(c.personId))).toList())
                .viewers(contacts.stream().filter(c -> ContactRole.VIEWER.name().equals(c.role))
                        .map(c -> new PersonId(UUID.fromString(c.personId))).toList())
                .requested(e.requestedOn == null ? null : new Cancellation(e.requestedOn, reason(e.requestedReason),
                        ActorKind.valueOf(e.requestedByKind), e.requestedById, Times.instant(e.requestedAt),
                        Cancellation.Cause.REQUESTED, null))
                .cascaded(e.cascadedOn == null ? null : new Cancellation(e.cascadedOn, reason(e.cascadedReason),
                        ActorKind.valueOf(e.cascadedByKind), e.cascadedById, Times.instant(e.cascadedAt),
                        Cancellation.Cause.valueOf(e.cascadedCause), new EntitlementNumber(e.cascadedFrom)))
                .createdAt(Times.instant(e.createdAt))
                .version(e.version)
                .pendingChange(e.changeEffectiveOn == null ? null : new PlanChange(Plan.valueOf(e.changePlan),
                        e.changeUserTier, BillingCycle.valueOf(e.changeBillingCycle), e.changeEffectiveOn))
                .build());
    }

    private static List<ContactEntity> contactsInOrder(SubscriptionEntity e) {
        return e.contacts.stream().sorted(java.util.Comparator.comparingInt(c -> c.ordinal)).toList();
    }

    private static CancellationReason reason(String raw) {
        return raw == null ? null : CancellationReason.valueOf(raw);
    }

    static SubscriptionEntity newEntity(SubscriptionState s) {
        SubscriptionEntity e = new SubscriptionEntity();
        e.number = s.number().value();
        copy(s, e);
        return e;
    }

    /** Copies every changeable field of {@code s} onto {@code e} (the number and version stay). */
    static void copy(SubscriptionState s, SubscriptionEntity e) {
        e.kind = s.kind().name();
        e.product = s.product().value();
        e.partnerId = s.partner().toString();
        e.billingAccountId = s.billingAccount().toString();
        e.plan = s.plan().name();
        e.billingCycle = s.billingCycle().name();
        e.userTier = s.userTier();
        e.activeUsers = s.activeUsers();
        e.startDate = s.startDate();
        e.termStart = s.termStart();
        e.site = s.site() == null ? null : s.site().value();
        e.organization = s.organization() == null ? null : s.organization().value();
        e.collectionNumber = s.collection() == null ? null : s.collection().value();
        e.detachOn = s.detachOn();
        Cancellation r = s.requested();
        e.requestedOn = r == null ? null : r.effectiveOn();
        e.requestedReason = r == null || r.reason() == null ? null : r.reason().name();
        e.requestedByKind = r == null ? null : r.requestedBy().name();
        e.requestedById = r == null ? null : r.requestedById();
        e.requestedAt = Times.utc(r == null ? null : r.requestedAt());
        Cancellation c = s.cascaded();
        e.cascadedOn = c == null ? null : c.effectiveOn();
        e.cascadedReason = c == null || c.reason() == null ? null : c.reason().name();
        e.cascadedByKind = c == null ? null : c.requestedBy().name();
        e.cascadedById = c == null ? null : c.requestedById();
        e.cascadedAt = Times.utc(c == null ? null : c.requestedAt());
        e.cascadedCause = c == null ? null : c.cause().name();
        e.cascadedFrom = c == null ? null : c.causedBy().value();
        e.cancellationOn = s.cancellation().map(Cancellation::effectiveOn).orElse(null);
        e.createdAt = Times.utc(s.createdAt());
        PlanChange p = s.pendingChange();
        e.changePlan = p == null ? null : p.plan().name();
        e.changeUserTier = p == null ? null : p.userTier();
        e.changeBillingCycle = p == null ? null : p.billingCycle().name();
        e.changeEffectiveOn = p == null ? null : p.effectiveOn();
        replace(e.hosts, s.hosts().stream().map(EntitlementNumber::value).toList());
        contacts(s, e);
    }

    /**
     * Brings the contact rows in line with the state, changing a row in place rather than deleting
     * and inserting it again (its key is the person), so unchanged rows are not rewritten.
     */
    private static void contacts(SubscriptionState s, SubscriptionEntity e) {
        Map<String, ContactEntity> rows = new HashMap<>();
        e.contacts.forEach(c -> rows.put(c.personId, c));
        List<ContactEntity> wanted = new ArrayList<>();
        for (int i = 0; i < s.contacts().size(); i++) {
            PersonId person = s.contacts().get(i);
            String role = (s.viewers().contains(person) ? ContactRole.VIEWER : ContactRole.MANAGER).name();
            ContactEntity row = rows.get(person.toString());
            if (row == null) {
                row = new ContactEntity(e, person.toString(), i, role);
            } else if (row.ordinal != i || !row.role.equals(role)) {
                row.ordinal = i;
                row.role = role;
            }
            wanted.add(row);
        }
        if (!wanted.equals(e.contacts)) {
            e.contacts.clear();
            e.contacts.addAll(wanted);
        }
    }

    /** Replaces the list's content only when it differs, so unchanged lists are not rewritten. */
    private static <T> void replace(List<T> target, List<T> wanted) {
        if (!new ArrayList<>(target).equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }
}
