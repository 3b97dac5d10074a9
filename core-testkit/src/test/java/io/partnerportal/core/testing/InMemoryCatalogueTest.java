package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.CatalogueContract;

class InMemoryCatalogueTest extends CatalogueContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
