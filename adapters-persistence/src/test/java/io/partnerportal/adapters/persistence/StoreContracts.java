package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.AccessRepositoriesContract;
import io.partnerportal.core.testing.contract.BillingAccountRepositoryContract;
import io.partnerportal.core.testing.contract.CatalogueContract;
import io.partnerportal.core.testing.contract.ContactListQueryContract;
import io.partnerportal.core.testing.contract.SubscriptionSheetsContract;
import io.partnerportal.core.testing.contract.HistoryRepositoryContract;
import io.partnerportal.core.testing.contract.IdempotencyStoreContract;
import io.partnerportal.core.testing.contract.NotificationOutboxContract;
import io.partnerportal.core.testing.contract.PartnerEventStoreContract;
import io.partnerportal.core.testing.contract.PartnerRepositoryContract;
import io.partnerportal.core.testing.contract.PersonRepositoryContract;
import io.partnerportal.core.testing.contract.ReminderLogContract;
import io.partnerportal.core.testing.contract.SigningKeysContract;
import io.partnerportal.core.testing.contract.SiteRepositoryContract;
import io.partnerportal.core.testing.contract.SubscriptionRepositoryContract;
import io.partnerportal.core.testing.contract.UnitOfWorkContract;
import io.partnerportal.core.testing.contract.WebhookStoreContract;
import org.junit.jupiter.api.Nested;

/** Every persistence contract of the core, on a store the subclass names (H2, PostgreSQL). */
abstract class StoreContracts {

    /** The store, emptied of everything but the catalogue. */
    abstract Storage fresh();

    @Nested
    class UnitOfWork extends UnitOfWorkContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Reminders extends ReminderLogContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Keys extends SigningKeysContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Subscriptions extends SubscriptionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class ContactList extends ContactListQueryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Sheets extends SubscriptionSheetsContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class History extends HistoryRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class BillingAccounts extends BillingAccountRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Partners extends PartnerRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class People extends PersonRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Sites extends SiteRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Catalogue extends CatalogueContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Access extends AccessRepositoriesContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Idempotency extends IdempotencyStoreContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Outbox extends NotificationOutboxContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Events extends PartnerEventStoreContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Webhooks extends WebhookStoreContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }
}
