package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.UnitOfWorkContract;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
