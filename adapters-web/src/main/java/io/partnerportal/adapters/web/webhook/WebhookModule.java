package io.partnerportal.adapters.web.webhook;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.port.out.WebhookSender;

/**
 * The webhook sender's Guice surface: the Jetty HttpClient sender, pinned to checked addresses,
 * accepting http and private addresses only when the operator says so
 * ({@code PORTAL_WEBHOOK_ALLOW_PRIVATE}). No I/O here: the client starts on its first delivery.
 */
public final class WebhookModule extends AbstractModule {
    private final boolean allowPrivate;

    public WebhookModule(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    WebhookSender webhookSender() {
        return HttpWebhookSender.create(allowPrivate);
    }
}
