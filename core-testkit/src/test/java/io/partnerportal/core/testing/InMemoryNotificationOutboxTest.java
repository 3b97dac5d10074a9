package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.NotificationOutboxContract;

class InMemoryNotificationOutboxTest extends NotificationOutboxContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
