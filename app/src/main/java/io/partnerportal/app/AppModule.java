package io.partnerportal.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.adapters.web.Operations;
import io.partnerportal.adapters.web.WebApp;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.operations.Housekeeping;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.WebhookDelivery;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.signin.SignIn;
import jakarta.inject.Provider;
import java.time.Clock;

/** The application's own objects: the demo data, the metrics, the lifecycle (which reads the configuration). */
final class AppModule extends AbstractModule {
    private final PortalConfig config;
    private final PrometheusMeterRegistry registry;

    /** {@code registry}: where every meter goes, the connection pool's included (it is handed to the pool too). */
    AppModule(PortalConfig config, PrometheusMeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    DemoData demoData(Storage storage, Administration administration, PartnerOperations partners, Clock clock) {
        return new DemoData(storage, administration, partners, clock);
    }

    @Provides
    @Singleton
    Metrics metrics(NotificationDelivery delivery, WebhookDelivery webhooks, PersistentStore store, Clock clock) {
        Metrics metrics = new Metrics(registry, delivery, store::isReachable, clock, Metrics.OUTBOX_EVERY,
                BuildInfo.read());
        metrics.webhooks(webhooks);
        return metrics;
    }

    @Provides
    @Singleton
    Draining draining() {
        return new Draining();
    }

    @Provides
    @Singleton
    Started started() {
        return new Started();
    }

    /** Ready: the start has finished, the database answers with this build's schema, and the instance is not stopping. */
    @Provides
    @Singleton
    Operations operations(PersistentStore store, Metrics metrics, Draining draining, Started started) {
        return new Operations(() -> started.done() && store.isReady(), metrics::scrape, metrics::request,
                draining::begun);
    }

    @Provides
    @Singleton
    PortalLifecycle lifecycle(Provider<PersistentStore> store, Provider<DemoData> demoData, Provider<WebApp> web,
                              Provider<NotificationDelivery> delivery, Provider<Housekeeping> housekeeping,
                              Provider<SignIn> signIn, Provider<RateLimitCounter> rateLimits, Clock clock,
                              Provider<Metrics> metrics, Provider<WebhookDelivery> webhooks, Draining draining,
                              Started started) {
        return new PortalLifecycle(config, store, demoData, web, new PortalLifecycle.Loops(delivery, webhooks),
                housekeeping, signIn, rateLimits, clock, metrics, draining, started);
    }
}
