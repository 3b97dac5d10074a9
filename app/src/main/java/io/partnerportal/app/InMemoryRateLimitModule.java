package io.partnerportal.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.port.out.InMemoryRateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter;

/** Rate limits counted in this process's memory: the embedded default, whose one instance serves everything. */
final class InMemoryRateLimitModule extends AbstractModule {
    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    RateLimitCounter rateLimitCounter() {
        return new InMemoryRateLimitCounter();
    }
}
