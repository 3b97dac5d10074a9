package io.partnerportal.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.port.out.RateLimitCounter;

/**
 * Binds the rate-limit counter to the one PostgreSQL counts for every instance on the database
 * ({@link PersistentStore#sharedRateLimits()}). For PostgreSQL deployments; install it next to
 * {@link PersistenceModule}. Building the injector touches nothing.
 */
public final class SharedRateLimitModule extends AbstractModule {
    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    RateLimitCounter rateLimitCounter(PersistentStore store) {
        return store.sharedRateLimits();
    }
}
