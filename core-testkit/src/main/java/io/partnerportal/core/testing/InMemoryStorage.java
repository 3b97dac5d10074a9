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
        return new Storage(
                new InMemoryUnitOfWork(db),
                new InMemorySubscriptionRepository(db),
                new InMemoryContactListQuery(db),
                new InMemorySubscriptionSheets(db),
                new InMemoryHistoryRepository(db),
                new InMemoryBillingAccountRepository(db),
                new InMemoryPartnerRepository(db),
                new InMemoryPersonRepository(db),
                new InMemorySiteRepository(db),
                new InMemoryOrganizationRepository(db),
                new InMemoryCatalogue(db),
                new InMemorySessionRepository(db),
                new InMemorySignInTokenRepository(db),
                new InMemorySignInRequests(db),
                new InMemoryApiKeyRepository(db),
                new InMemoryIdempotencyStore(db),
                new InMemoryNotificationOutbox(db),
                new InMemoryPartnerEventStore(db),
                new InMemoryWebhookStore(db),
                new InMemorySigningKeys(db),
                new InMemoryReminderLog(db));
    }
}
