package io.partnerportal.adapters.persistence;

import io.partnerportal.core.port.out.UnitOfWork;
import java.util.function.Supplier;

final class JpaUnitOfWork implements UnitOfWork {
    private final Jpa jpa;

    JpaUnitOfWork(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jpa.inTransaction(work);
    }

    @Override
    public boolean isActive() {
        return jpa.inUnit();
    }
}
