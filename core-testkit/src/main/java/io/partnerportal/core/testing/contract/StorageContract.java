package io.partnerportal.core.testing.contract;

import io.partnerportal.core.port.out.Storage;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the persistence contract tests: each test gets {@link #newStorage()} - an empty store
 * holding only the default catalogue - and runs its writes in units of work, as services do.
 * An adapter proves it honours a port by extending that port's contract test.
 */
public abstract class StorageContract {
    protected Storage storage;

    /** An empty store (the default catalogue only); may reuse a connection pool between tests. */
    protected abstract Storage newStorage();

    @BeforeEach
    void freshStorage() {
        storage = newStorage();
    }

    protected <T> T tx(Supplier<T> work) {
        return storage.unitOfWork().inTransaction(work);
    }

    protected void txRun(Runnable work) {
        storage.unitOfWork().run(work);
    }
}
