package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.StorageContracts;

/** Every persistence contract of the core, on PostgreSQL. */
class PostgresContractTest extends StorageContracts {
    @Override
    protected Storage newStorage() {
        return TestDatabases.emptied(TestDatabases.postgres()).storage();
    }
}
