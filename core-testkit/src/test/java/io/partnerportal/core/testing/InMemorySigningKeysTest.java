package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.contract.SigningKeysContract;

class InMemorySigningKeysTest extends SigningKeysContract {
    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
