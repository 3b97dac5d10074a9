package io.partnerportal.app;

import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.adapters.web.WebApp;
import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.operations.Housekeeping;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.WebhookDelivery;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.signin.SignIn;
import jakarta.inject.Provider;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops what the application runs, in order: the store (pool, migrations, persistence
 * unit), the demo data of the embedded default, the web server, on the embedded default the
 * backup command's channel ({@link AdminChannel}), and the scheduled delivery loop (sign-in links
 * asked for, then the outbox) and housekeeping (expired sessions, links, idempotency records, idle
 * rate-limit keys); stopping goes in reverse, letting in-flight requests and the current delivery
 * pass finish.
 */
final class PortalLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(PortalLifecycle.class);
    /** Delivery passes run this often; each run drains what is due. */
    static final long DELIVERY_EVERY_MILLIS = 2_000;
    static final long HOUSEKEEPING_EVERY_MINUTES = 10;
    /** R17: the first reminder pass runs soon after start, then every minute (each reminder goes once). */
    static final long REMINDERS_FIRST_SECONDS = 5;
    static final long REMINDERS_EVERY_SECONDS = 60;
    /** At most this many passes per run, so one run never monopolizes the scheduler. */
    static final int PASSES_PER_RUN = 100;

    private final PortalConfig config;
    private final Provider<PersistentStore> store;
    private final Provider<DemoData> demoData;
    private final Provider<WebApp> web;
    private final Provider<NotificationDelivery> delivery;
    private final Provider<WebhookDelivery> webhooks;
    private final Provider<Housekeeping> housekeeping;
    private final Provider<SignIn> signIn;
    private final Provider<RateLimitCounter> rateLimits;
    private final Clock clock;
    private final Provider<Metrics> metrics;
    private ScheduledExecutorService scheduler;
    private WebApp running;
    private PersistentStore openStore;
    private AdminChannel adminChannel;

    PortalLifecycle(PortalConfig config, Provider<PersistentStore> store, Provider<DemoData> demoData,
                    Provider<WebApp> web, Loops loops,
                    Provider<Housekeeping> housekeeping, Provider<SignIn> signIn,
                    Provider<RateLimitCounter> rateLimits, Clock clock, Provider<Metrics> metrics) {
        this.config = config;
        this.store = store;
        this.demoData = demoData;
        this.web = web;
        this.delivery = loops.emails();
        this.webhooks = loops.webhooks();
        this.housekeeping = housekeeping;
        this.signIn = signIn;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Starts everything; returns the demo partner's key when this start seeded the demo data. */
    synchronized Optional<String> start() {
        openStore = store.get();
        Optional<String> demoKey = config.embedded() ? demoData.get().seedIfEmpty() : Optional.empty();
        running = web.get().start();
        LOG.info("Listening on {}", config.listening(running.port()));
        if (config.fileMail() && !config.listensOnLoopback()) {
            // S1: the developer mailbox is for a portal reachable from this machine only
            LOG.warn("Emails are only written to files in {} (no PORTAL_SMTP_HOST): /dev/mailbox is not served while"
                    + " the portal listens on {}, which is not a loopback address", config.mailDir(),
                    config.listenAddress());
        }
        metrics.get().bind(running.threadPoolMetrics());
        if (config.embedded()) {
            try {
                adminChannel = AdminChannel.open(config.dataDir().resolve(AdminChannel.SOCKET), openStore::backupTo);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The backup command cannot reach this portal ({}): stop it to back up its database",
                        e.getMessage());
            }
        }
        // two threads: a webhook receiver that takes its 10 s never holds up the emails
        scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "portal-scheduler");
            t.setDaemon(true);
            return t;
        });
        NotificationDelivery loop = delivery.get();
        SignIn links = signIn.get();
        scheduler.scheduleWithFixedDelay(() -> deliver(links, loop), 0, DELIVERY_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        WebhookDelivery webhookLoop = webhooks.get();
        scheduler.scheduleWithFixedDelay(() -> deliverWebhooks(webhookLoop), 0, DELIVERY_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        Housekeeping purge = housekeeping.get();
        RateLimitCounter counter = rateLimits.get();
        scheduler.scheduleWithFixedDelay(() -> purge(purge, counter, clock), 1, HOUSEKEEPING_EVERY_MINUTES,
                TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(() -> remind(purge), REMINDERS_FIRST_SECONDS, REMINDERS_EVERY_SECONDS,
                TimeUnit.SECONDS);
        return demoKey;
    }

    int port() {
        return running.port();
    }

    /** Issues the sign-in links asked for, then sends what the outbox holds. */
    private static void deliver(SignIn links, NotificationDelivery loop) {
        try {
            links.sendRequestedLinks();
            for (int i = 0; i < PASSES_PER_RUN; i++) {
                DeliveryReport r = loop.deliverDue();
                if (r.claimed() == 0 || r.sent() == 0 && r.dead() == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Notification delivery failed, retrying on the next run: {}", e.getMessage());
        }
    }

    /** Sends the webhook deliveries due, pass after pass while passes find some. */
    private static void deliverWebhooks(WebhookDelivery loop) {
        try {
            for (int i = 0; i < PASSES_PER_RUN; i++) {
                if (loop.deliverDue().claimed() == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery failed, retrying on the next run: {}", e.getMessage());
        }
    }

    /**
     * The scheduled delivery loops.
     *
     * @param emails   the email outbox's
     * @param webhooks the webhook outbox's
     */
    record Loops(Provider<NotificationDelivery> emails, Provider<WebhookDelivery> webhooks) {
    }

    /** R17: queues the reminders due; the delivery loop sends them. */
    private static void remind(Housekeeping housekeeping) {
        try {
            int queued = housekeeping.sendDueReminders();
            if (queued > 0) {
                LOG.info("Queued {} reminders", queued);
            }
        } catch (RuntimeException e) {
            LOG.warn("The reminder pass failed, retrying on the next run: {}", e.getMessage());
        }
    }

    private static void purge(Housekeeping purge, RateLimitCounter rateLimits, Clock clock) {
        try {
            Housekeeping.Report r = purge.purgeExpired();
            int idle = rateLimits.forgetIdle(clock.instant());
            LOG.debug("Purged {} sessions, {} sign-in links, {} idempotency records, {} partner events, {} idle "
                    + "rate-limit keys", r.sessions(), r.signInLinks(), r.idempotencyRecords(), r.partnerEvents(), idle);
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping failed, retrying on the next run: {}", e.getMessage());
        }
    }

    /** Stops accepting requests, finishes in-flight ones and the current delivery pass, closes the store. */
    synchronized void stop() {
        if (adminChannel != null) {
            adminChannel.close();
            adminChannel = null;
        }
        if (running != null) {
            running.stop();
            running = null;
        }
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                    scheduler.shutdownNow();
                }
            } catch (InterruptedException e) {
                scheduler.shutdownNow();
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
        if (openStore != null) {
            openStore.close();
            openStore = null;
            metrics.get().close();
        }
    }
}
