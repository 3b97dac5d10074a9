package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.StorageContracts;

/** Every persistence contract of the core, on H2. */
class H2ContractTest extends StorageContracts {
    @Override
    protected Storage newStorage() {
        return TestDatabases.emptied(TestDatabases.h2()).storage();
    }
}
