package io.partnerportal.core.service;

import io.partnerportal.core.port.in.Administration;
import io.partnerportal.core.port.in.ApiAuthentication;
import io.partnerportal.core.port.in.CustomerPortal;
import io.partnerportal.core.port.in.DevMailbox;
import io.partnerportal.core.port.in.Housekeeping;
import io.partnerportal.core.port.in.Idempotency;
import io.partnerportal.core.port.in.NotificationDelivery;
import io.partnerportal.core.port.in.PartnerOperations;
import io.partnerportal.core.port.in.SignIn;
import io.partnerportal.core.port.in.SupportOperations;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;

/**
 * The core wired with plain constructors: hand it the driven ports, get the driving ports. This
 * is all an embedding application needs (no framework); the bundled app's Guice module calls it.
 */
public record Core(
        CustomerPortal customerPortal,
        PartnerOperations partnerOperations,
        SupportOperations supportOperations,
        SignIn signIn,
        ApiAuthentication apiAuthentication,
        Administration administration,
        NotificationDelivery notificationDelivery,
        DevMailbox devMailbox,
        Idempotency idempotency,
        Housekeeping housekeeping) {

    public static Core create(Storage storage, NotificationSender sender, SentMailArchive archive, Clock clock,
                              CoreSettings settings) {
        Transactions tx = new Transactions(storage.unitOfWork());
        Views views = new Views(storage, clock);
        Lifecycle lifecycle = new Lifecycle(storage, clock, views);
        History history = new History(storage.history());
        return new Core(
                new CustomerPortalService(storage, tx, lifecycle, views, history, settings.siteDomain()),
                new PartnerOperationsService(storage, tx, lifecycle, views, history, settings.siteDomain()),
                new SupportOperationsService(storage, tx, lifecycle, views),
                new SignInService(storage, tx, clock),
                new ApiAuthenticationService(storage),
                new AdministrationService(storage, tx, clock),
                new NotificationDeliveryService(storage.outbox(), sender, clock, settings,
                        System.getLogger(NotificationDelivery.class.getName())),
                new DevMailboxService(archive),
                new IdempotencyService(storage.idempotency(), tx, storage.unitOfWork(), clock),
                new HousekeepingService(storage, tx, clock));
    }
}
