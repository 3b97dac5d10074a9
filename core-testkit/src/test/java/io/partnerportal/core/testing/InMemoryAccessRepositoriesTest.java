package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.AccessRepositoriesContract;

class InMemoryAccessRepositoriesTest extends AccessRepositoriesContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
