package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.ContactListQueryContract;

class InMemoryContactListQueryTest extends ContactListQueryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
