package io.partnerportal.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.port.out.Storage;

/**
 * The persistence adapter's public surface for the application: binds the core's driven ports to
 * a {@link PersistentStore} for the given settings. Building the injector touches nothing; the
 * store connects when the application's lifecycle first asks for it (or, from {@link #openingNow}, at
 * once on a thread of its own), and the lifecycle closes it.
 */
public final class PersistenceModule extends AbstractModule {
    private final PersistenceSettings settings;
    /** The store begun when the module was made, or null: it opens when first asked for. */
    private final PersistentStore begun;

    public PersistenceModule(PersistenceSettings settings) {
        this.settings = settings;
        this.begun = null;
    }

    private PersistenceModule(PersistenceSettings settings, PersistentStore begun) {
        this.settings = settings;
        this.begun = begun;
    }

    /**
     * As the constructor, the store beginning to open now ({@link PersistentStore#begin}, V7): the
     * injector is built and the application wired while the database opens on a thread of its own.
     * Whoever is handed the store waits for it with {@link PersistentStore#awaitOpen} before serving,
     * which throws what opening threw. For a process that opens the store in any case (serving, an
     * admin command); a store nobody asks for stays open until the process ends.
     */
    public static PersistenceModule openingNow(PersistenceSettings settings) {
        return new PersistenceModule(settings, PersistentStore.begin(settings));
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    PersistentStore store() {
        return begun != null ? begun : PersistentStore.open(settings);
    }

    @Provides
    @Singleton
    Storage storage(PersistentStore store) {
        return store.storage();
    }
}
