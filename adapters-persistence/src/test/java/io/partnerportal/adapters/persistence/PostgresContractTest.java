package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.Storage;

/** Every persistence contract of the core, on PostgreSQL. */
class PostgresContractTest extends StoreContracts {
    @Override
    Storage fresh() {
        return TestDatabases.emptied(TestDatabases.postgres()).storage();
    }
}
