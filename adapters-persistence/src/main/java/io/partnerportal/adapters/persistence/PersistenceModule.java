package io.partnerportal.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.port.out.Storage;

/**
 * The persistence adapter's public surface for the application: binds the core's driven ports to
 * a {@link PersistentStore} for the given settings. Building the injector touches nothing; the
 * store connects when the application's lifecycle first asks for it, and the lifecycle closes it.
 */
public final class PersistenceModule extends AbstractModule {
    private final PersistenceSettings settings;

    public PersistenceModule(PersistenceSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    PersistentStore store() {
        return PersistentStore.open(settings);
    }

    @Provides
    @Singleton
    Storage storage(PersistentStore store) {
        return store.storage();
    }
}
