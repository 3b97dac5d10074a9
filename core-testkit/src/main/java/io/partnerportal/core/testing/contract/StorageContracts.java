package io.partnerportal.core.testing.contract;

import io.partnerportal.core.port.out.ApiKeyRepository;
import io.partnerportal.core.port.out.IdempotencyStore;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.RequestStore;
import io.partnerportal.core.port.out.SessionRepository;
import io.partnerportal.core.port.out.SignInRequests;
import io.partnerportal.core.port.out.SignInTokenRepository;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.port.out.WebhookStore;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;

/**
 * Every driven port's contract, run against one store: extend it, say how to get an empty store
 * (the default catalogue only) in {@link #newStorage()}, and every contract runs on it - including
 * the contracts added in later releases, unasked. The contracts of the stores only the web app needs
 * run when the store gives them, and are skipped, saying which, when it keeps none
 * ({@code Storage.builder()} left them at their {@code none()} default).
 *
 * <pre>{@code
 * class MyStoreContractsTest extends StorageContracts {
 *     protected Storage newStorage() {
 *         return MyStore.emptied().storage();
 *     }
 * }
 * }</pre>
 */
public abstract class StorageContracts {

    /** @return an empty store (the default catalogue only); it may reuse a connection pool between tests */
    protected abstract Storage newStorage();

    /** The store for an optional port's contract: the test is skipped when the store keeps none. */
    private Storage keeping(String what, Predicate<Storage> given) {
        Storage s = newStorage();
        Assumptions.assumeTrue(given.test(s), "this store keeps no " + what);
        return s;
    }

    /** The contract of the transactions. */
    @Nested
    class UnitOfWork extends UnitOfWorkContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the reminder log. */
    @Nested
    class Reminders extends ReminderLogContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the signing keys. */
    @Nested
    class SigningKeys extends SigningKeysContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the subscriptions. */
    @Nested
    class Subscriptions extends SubscriptionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of a contact's list. */
    @Nested
    class ContactList extends ContactListQueryContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of a subscription's sheets. */
    @Nested
    class Sheets extends SubscriptionSheetsContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the history. */
    @Nested
    class History extends HistoryRepositoryContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the billing accounts. */
    @Nested
    class BillingAccounts extends BillingAccountRepositoryContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the partners. */
    @Nested
    class Partners extends PartnerRepositoryContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the people. */
    @Nested
    class People extends PersonRepositoryContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the sites. */
    @Nested
    class Sites extends SiteRepositoryContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the catalogue. */
    @Nested
    class Catalogue extends CatalogueContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of the email outbox. */
    @Nested
    class Outbox extends NotificationOutboxContract {
        @Override
        protected Storage newStorage() {
            return StorageContracts.this.newStorage();
        }
    }

    /** The contract of sessions, sign-in links and requests, API keys, when the store keeps them. */
    @Nested
    class Access extends AccessRepositoriesContract {
        @Override
        protected Storage newStorage() {
            return keeping("sessions, sign-in links and requests, API keys", s -> s.sessions() != SessionRepository.none() && s.signInTokens() != SignInTokenRepository.none()
                    && s.signInRequests() != SignInRequests.none() && s.apiKeys() != ApiKeyRepository.none());
        }
    }

    /** The contract of idempotency records, when the store keeps them. */
    @Nested
    class Idempotency extends IdempotencyStoreContract {
        @Override
        protected Storage newStorage() {
            return keeping("idempotency records", s -> s.idempotency() != IdempotencyStore.none());
        }
    }

    /** The contract of the partners' events feed, when the store keeps them. */
    @Nested
    class Events extends PartnerEventStoreContract {
        @Override
        protected Storage newStorage() {
            return keeping("the partners' events feed", s -> s.events() != PartnerEventStore.none());
        }
    }

    /** The contract of the requests to the partners (R23), when the store keeps them. */
    @Nested
    class Requests extends RequestStoreContract {
        @Override
        protected Storage newStorage() {
            return keeping("requests to partners", s -> s.requests() != RequestStore.none());
        }
    }

    /** The contract of webhook endpoints and deliveries, when the store keeps them. */
    @Nested
    class Webhooks extends WebhookStoreContract {
        @Override
        protected Storage newStorage() {
            return keeping("webhook endpoints and deliveries", s -> s.webhooks() != WebhookStore.none());
        }
    }

}
