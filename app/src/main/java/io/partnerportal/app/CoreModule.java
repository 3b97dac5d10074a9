package io.partnerportal.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.partnerportal.core.Core;
import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.operations.DevMailbox;
import io.partnerportal.core.operations.Housekeeping;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.core.operations.WebhookDelivery;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.port.out.TraceContext;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.signin.SignIn;
import io.partnerportal.core.support.SupportOperations;
import java.time.Clock;

/**
 * The core, wired by its own factory from the driven ports the adapter modules bind; every
 * driving port is bound for the adapters that call it. No I/O, no decisions.
 */
final class CoreModule extends AbstractModule {
    private final CoreSettings settings;

    CoreModule(CoreSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    Core core(Storage storage, NotificationSender sender, SentMailArchive archive, WebhookSender webhooks,
              Clock clock, TraceContext trace) {
        return Core.builder(storage, sender).mailArchive(archive).webhooks(webhooks).clock(clock).settings(settings)
                .trace(trace).build();
    }

    @Provides
    PartnerIntegrations partnerIntegrations(Core core) {
        return core.partnerIntegrations();
    }

    @Provides
    WebhookDelivery webhookDelivery(Core core) {
        return core.webhookDelivery();
    }

    @Provides
    CustomerPortal customerPortal(Core core) {
        return core.customerPortal();
    }

    @Provides
    PartnerOperations partnerOperations(Core core) {
        return core.partnerOperations();
    }

    @Provides
    SupportOperations supportOperations(Core core) {
        return core.supportOperations();
    }

    @Provides
    SignIn signIn(Core core) {
        return core.signIn();
    }

    @Provides
    ApiAuthentication apiAuthentication(Core core) {
        return core.apiAuthentication();
    }

    @Provides
    Administration administration(Core core) {
        return core.administration();
    }

    @Provides
    PersonalData personalData(Core core) {
        return core.personalData();
    }

    @Provides
    NotificationDelivery notificationDelivery(Core core) {
        return core.notificationDelivery();
    }

    @Provides
    DevMailbox devMailbox(Core core) {
        return core.devMailbox();
    }

    @Provides
    Idempotency idempotency(Core core) {
        return core.idempotency();
    }

    @Provides
    Housekeeping housekeeping(Core core) {
        return core.housekeeping();
    }
}
