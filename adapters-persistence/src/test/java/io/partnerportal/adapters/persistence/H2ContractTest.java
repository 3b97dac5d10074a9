package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.Storage;

/** Every persistence contract of the core, on H2. */
class H2ContractTest extends StoreContracts {
    @Override
    Storage fresh() {
        return TestDatabases.emptied(TestDatabases.h2()).storage();
    }
}
