package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.WebhookStoreContract;

class InMemoryWebhookStoreTest extends WebhookStoreContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
