package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.PartnerEventStoreContract;

class InMemoryPartnerEventStoreTest extends PartnerEventStoreContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
