package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.ReminderLogContract;

class InMemoryReminderLogTest extends ReminderLogContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
