package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.SubscriptionSheetsContract;

class InMemorySubscriptionSheetsTest extends SubscriptionSheetsContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
