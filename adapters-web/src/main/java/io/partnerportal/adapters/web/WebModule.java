package io.partnerportal.adapters.web;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.operations.DevMailbox;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.port.out.TraceContext;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.signin.SignIn;
import io.partnerportal.core.support.SupportOperations;
import java.time.Clock;

/**
 * The web adapter's public surface for the application: the server over the core's driving ports,
 * the operators' hooks, and the counter its rate limits count with (bound by the application: in
 * memory or shared), and the trace of the request under way for the core (O4). Creating the server opens no socket; the application's lifecycle
 * starts and stops it.
 */
public final class WebModule extends AbstractModule {
    private final WebSettings settings;

    public WebModule(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    WebApp webApp(PartnerOperations partners, SupportOperations support, ApiAuthentication keys,
                  Idempotency idempotency, CustomerPortal portal, SignIn signIn, DevMailbox mailbox,
                  PartnerIntegrations integrations, Operations operations, RateLimitCounter rateLimits, Clock clock) {
        return WebApp.create(settings, new WebPorts(partners, support, keys, idempotency, portal, signIn, mailbox,
                        integrations),
                operations, rateLimits, clock);
    }

    /** O4: the trace of the request a thread is handling, for the core to keep with what the request queues. */
    @Provides
    @Singleton
    TraceContext traceContext() {
        return WebApp.traceContext();
    }
}
