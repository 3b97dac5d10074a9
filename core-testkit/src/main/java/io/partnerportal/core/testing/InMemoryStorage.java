package io.partnerportal.core.testing;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.port.out.Storage;
import java.util.List;

/**
 * The in-memory fakes of every persistence-backed driven port, sharing one
 * {@link InMemoryDatabase}. They behave like a database where it matters: units of work roll
 * back on failure, versions are checked, emails and keys are unique, the outbox claims with
 * leases in per-recipient order. Each fake passes the port's contract test.
 */
public final class InMemoryStorage {
    private InMemoryStorage() {
    }

    /** Fresh, empty storage with the default catalogue of SPEC §2. */
    public static Storage create() {
        return create(DefaultCatalogue.products());
    }

    public static Storage create(List<Product> catalogue) {
        InMemoryDatabase db = new InMemoryDatabase();
        catalogue.forEach(p -> db.tables.catalogue.put(p.code(), p));
        return Storage.builder()
                .unitOfWork(new InMemoryUnitOfWork(db))
                .subscriptions(new InMemorySubscriptionRepository(db))
                .contactList(new InMemoryContactListQuery(db))
                .sheets(new InMemorySubscriptionSheets(db))
                .history(new InMemoryHistoryRepository(db))
                .billingAccounts(new InMemoryBillingAccountRepository(db))
                .partners(new InMemoryPartnerRepository(db))
                .people(new InMemoryPersonRepository(db))
                .sites(new InMemorySiteRepository(db))
                .organizations(new InMemoryOrganizationRepository(db))
                .catalogue(new InMemoryCatalogue(db))
                .outbox(new InMemoryNotificationOutbox(db))
                .signingKeys(new InMemorySigningKeys(db))
                .reminders(new InMemoryReminderLog(db))
                .sessions(new InMemorySessionRepository(db))
                .signInTokens(new InMemorySignInTokenRepository(db))
                .signInRequests(new InMemorySignInRequests(db))
                .apiKeys(new InMemoryApiKeyRepository(db))
                .idempotency(new InMemoryIdempotencyStore(db))
                .events(new InMemoryPartnerEventStore(db))
                .webhooks(new InMemoryWebhookStore(db))
                .requests(new InMemoryRequestStore(db))
                .build();
    }
}
