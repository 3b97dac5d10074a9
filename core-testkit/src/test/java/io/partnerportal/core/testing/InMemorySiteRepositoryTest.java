package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.SiteRepositoryContract;

class InMemorySiteRepositoryTest extends SiteRepositoryContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
