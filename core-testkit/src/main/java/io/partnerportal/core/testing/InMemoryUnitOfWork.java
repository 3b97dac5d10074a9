package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.UnitOfWork;
import java.util.function.Supplier;

final class InMemoryUnitOfWork implements UnitOfWork {
    private final InMemoryDatabase db;

    InMemoryUnitOfWork(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.unit(work);
    }

    @Override
    public boolean isActive() {
        return db.inUnit();
    }
}
