package io.partnerportal.core.testing;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.access.Session;
import io.partnerportal.core.domain.access.SignInToken;
import io.partnerportal.core.port.out.IdempotencyStore.IdempotencyRecord;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.SignInRequests;
import io.partnerportal.core.port.out.WebhookStore;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.UUID;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The tables behind the in-memory fakes. Values are immutable snapshots; a unit of work copies
 * the tables when it begins and puts the copy back if it fails, so a failed unit leaves nothing
 * behind, like a database transaction. One lock serializes units (and single reads), which makes
 * the fakes safe to use from several threads.
 */
final class InMemoryDatabase {
    final ReentrantLock lock = new ReentrantLock();

    Tables tables = new Tables();
    /** Signing keys are not part of any unit of work: once made, a key stays. */
    final Map<String, byte[]> signingKeys = new java.util.HashMap<>();
    private int depth;

    static final class Tables {
        Map<EntitlementNumber, SubscriptionState> subscriptions = new LinkedHashMap<>();
        List<HistoryEntry> history = new ArrayList<>();
        Map<BillingAccountId, BillingAccount> billingAccounts = new LinkedHashMap<>();
        Map<PartnerId, Partner> partners = new LinkedHashMap<>();
        Map<PersonId, Person> people = new LinkedHashMap<>();
        Map<PersonId, Set<NotificationType>> switchedOff = new LinkedHashMap<>();
        Set<List<Object>> reminders = new java.util.LinkedHashSet<>();
        /** V5: when the reminder pass looks at a subscription next; {@link java.time.LocalDate#MAX} for never, none for now. */
        Map<EntitlementNumber, java.time.LocalDate> remindOn = new LinkedHashMap<>();
        Map<SiteUrl, Site> sites = new LinkedHashMap<>();
        Map<OrganizationName, Organization> organizations = new LinkedHashMap<>();
        Map<ProductCode, Product> catalogue = new LinkedHashMap<>();
        Map<String, Session> sessions = new LinkedHashMap<>();
        Map<String, SignInToken> signInTokens = new LinkedHashMap<>();
        List<SignInRequests.Request> signInRequests = new ArrayList<>();
        Map<String, ApiKey> apiKeys = new LinkedHashMap<>();
        Map<List<Object>, IdempotencyRecord> idempotency = new LinkedHashMap<>();
        TreeMap<Long, NotificationOutbox.Entry> outbox = new TreeMap<>();
        long nextOutboxId = 1;
        List<PartnerEventStore.Positioned> partnerEvents = new ArrayList<>();
        long nextEventPosition = 1;
        Map<UUID, WebhookEndpoint> webhookEndpoints = new LinkedHashMap<>();
        TreeMap<Long, WebhookStore.Delivery> webhookDeliveries = new TreeMap<>();
        Map<Long, Map.Entry<String, Instant>> webhookClaims = new LinkedHashMap<>();
        long nextDeliveryId = 1;
        Map<io.partnerportal.core.domain.request.RequestId, io.partnerportal.core.domain.request.PartnerRequest> requests =
                new LinkedHashMap<>();

        Tables copy() {
            Tables t = new Tables();
            t.subscriptions = new LinkedHashMap<>(subscriptions);
            t.history = new ArrayList<>(history);
            t.billingAccounts = new LinkedHashMap<>(billingAccounts);
            t.partners = new LinkedHashMap<>(partners);
            t.people = new LinkedHashMap<>(people);
            t.switchedOff = new LinkedHashMap<>(switchedOff);
            t.reminders = new java.util.LinkedHashSet<>(reminders);
            t.remindOn = new LinkedHashMap<>(remindOn);
            t.sites = new LinkedHashMap<>(sites);
            t.organizations = new LinkedHashMap<>(organizations);
            t.catalogue = new LinkedHashMap<>(catalogue);
            t.sessions = new LinkedHashMap<>(sessions);
            t.signInTokens = new LinkedHashMap<>(signInTokens);
            t.signInRequests = new ArrayList<>(signInRequests);
            t.apiKeys = new LinkedHashMap<>(apiKeys);
            t.idempotency = new LinkedHashMap<>(idempotency);
            t.outbox = new TreeMap<>(outbox);
            t.nextOutboxId = nextOutboxId;
            t.partnerEvents = new ArrayList<>(partnerEvents);
            t.nextEventPosition = nextEventPosition;
            t.webhookEndpoints = new LinkedHashMap<>(webhookEndpoints);
            t.webhookDeliveries = new TreeMap<>(webhookDeliveries);
            t.webhookClaims = new LinkedHashMap<>(webhookClaims);
            t.nextDeliveryId = nextDeliveryId;
            t.requests = new LinkedHashMap<>(requests);
            return t;
        }
    }

    /** Runs {@code work} as a unit: nested units join; a failure of the outermost restores the tables. */
    <T> T unit(Supplier<T> work) {
        lock.lock();
        Tables before = depth == 0 ? tables.copy() : null;
        depth++;
        boolean ok = false;
        try {
            T result = work.get();
            ok = true;
            return result;
        } finally {
            depth--;
            if (!ok && before != null) {
                tables = before;
            }
            lock.unlock();
        }
    }

    boolean inUnit() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    /** A read outside or inside a unit. */
    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** A write: only inside a unit of work, as with a real store. */
    <T> T write(Supplier<T> change) {
        if (!inUnit()) {
            throw new IllegalStateException("writes happen inside a unit of work");
        }
        return change.get();
    }

    void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }
}
