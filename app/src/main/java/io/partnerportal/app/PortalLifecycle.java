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
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops what the application runs, in order: the store (pool, migrations unless they
 * are left to the {@code migrate} command or the schema holds them all, the persistence unit deploying
 * beside them), the web server (while the unit still deploys), the demo data of the embedded default,
 * readiness ({@link Started}), on the embedded default the backup command's channel ({@link AdminChannel}), the
 * delivery loops (sign-in links asked for, then the outbox; the webhooks) and housekeeping (expired
 * sessions, links, idempotency records, idle rate-limit keys, reminders). Background work waits
 * while the schema lacks this build's newest migration.
 *
 * <p>Stopping (SPEC §7.4 O3, the shutdown hook on {@code SIGTERM}) takes at most {@link #STOP_BUDGET}:
 * readiness answers 503 at once ({@link Draining}); no delivery pass starts any more and the running
 * ones are interrupted where the store allows it ({@link PersistentStore#toleratesInterrupts()}), so
 * that they stop between two sends and hand back the rows they hold; after
 * {@code PORTAL_SHUTDOWN_DELAY_SECONDS} of serving on (for load balancers to notice), the server
 * refuses new connections and lets the requests in flight finish ({@link WebApp#STOP_TIMEOUT}); the
 * delivery passes are waited for until the budget's end; then the store closes.
 */
final class PortalLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(PortalLifecycle.class);
    /** From the stop's start to the store's close; the process exits right after, within the 30 s an orchestrator grants. */
    static final Duration STOP_BUDGET = Duration.ofSeconds(25);
    /** Delivery passes run this often; each run drains what is due. */
    static final long DELIVERY_EVERY_MILLIS = 2_000;
    /** V2: sign-in links are issued and sent this often, on a thread of their own: a link never waits behind other mail. */
    static final long LINKS_EVERY_MILLIS = 500;
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
    private final Draining draining;
    private final Started started;
    /** The delivery loops' threads: interrupted when the instance stops (where the store allows it). */
    private ScheduledExecutorService deliveries;
    /** Housekeeping's thread, never interrupted: it finishes what it does, within the stop's budget. */
    private ScheduledExecutorService scheduler;
    private WebApp running;
    private PersistentStore openStore;
    private AdminChannel adminChannel;

    PortalLifecycle(PortalConfig config, Provider<PersistentStore> store, Provider<DemoData> demoData,
                    Provider<WebApp> web, Loops loops,
                    Provider<Housekeeping> housekeeping, Provider<SignIn> signIn,
                    Provider<RateLimitCounter> rateLimits, Clock clock, Provider<Metrics> metrics, Draining draining,
                    Started started) {
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
        this.draining = draining;
        this.started = started;
    }

    /** Starts everything; returns the demo partner's key when this start seeded the demo data. */
    Optional<String> start() {
        return start(demoKey -> { });
    }

    /**
     * As {@link #start()}, handing {@code announce} the demo key (if seeded) once the server listens and
     * before readiness answers 200: whoever waits for {@code /health} then finds what was announced.
     */
    synchronized Optional<String> start(java.util.function.Consumer<Optional<String>> announce) {
        long began = System.nanoTime();
        // V7: the web server's classes load on a thread of their own (started here unless the entry point did)
        WebApp.preloadInBackground();
        openStore = store.get();
        // V7: a store begun by the entry point opens on a thread of its own while the web server is wired here
        WebApp app;
        try {
            app = web.get();
        } catch (RuntimeException e) {
            openStore.awaitOpen(); // a store that could not open is the reason to report
            throw e;
        }
        openStore.awaitOpen();
        long opened = System.nanoTime();
        boolean schemaCurrent = openStore.isSchemaCurrent();
        if (!schemaCurrent) {
            LOG.warn("The database schema does not hold migration {} of this build yet: readiness answers 503 and no "
                    + "background work runs until the migrate command applies it", openStore.schemaVersion());
        }
        if (schemaCurrent && openStore.isPostgres() && !openStore.searchReadsAnIndex()) {
            // V6: H2 scans too, as the SPEC allows; only a PostgreSQL that could have the index is worth a line
            LOG.warn("The list search scans each contact's subscriptions: the extension pg_trgm could not be created"
                    + " in this database (CREATE EXTENSION pg_trgm needs its owner or a superuser), so migration 23"
                    + " made no trigram index");
        }
        // V7: the demo data is seeded on a thread of its own while the web server starts, and the web server
        // starts while the persistence unit deploys; readiness waits for all three
        CompletableFuture<Optional<String>> seeding = config.embedded() && schemaCurrent
                ? seedInBackground() : CompletableFuture.completedFuture(Optional.empty());
        running = app.start();
        long listening = System.nanoTime();
        LOG.info("Listening on {}", config.listening(running.port()));
        Optional<String> demoKey = joined(seeding);
        openStore.awaitDeployed();
        long seeded = System.nanoTime();
        LOG.info("Ready {} ms after the start began: the store opened in {} ms (the persistence unit deploying beside "
                + "it and the web server), the web server started in {} ms, the demo data (seeded beside it) and "
                + "the deployment's end took {} ms more", millis(began, seeded), millis(began, opened),
                millis(opened, listening), millis(listening, seeded));
        announce.accept(demoKey);
        // what follows (metrics, the backup channel, the loops' schedule) is not needed to serve
        started.finish();
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
        // three delivery threads: sign-in links, the other emails, webhooks - none holds up another
        // (each lane's workers send to several recipients or endpoints at once)
        deliveries = Executors.newScheduledThreadPool(3, daemon("portal-delivery"));
        scheduler = Executors.newSingleThreadScheduledExecutor(daemon("portal-housekeeping"));
        NotificationDelivery loop = delivery.get();
        SignIn links = signIn.get();
        // V7: each loop's first run comes one period after start, not beside the first requests
        deliveries.scheduleWithFixedDelay(whileServing(() -> deliverLinks(links, loop)), LINKS_EVERY_MILLIS,
                LINKS_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        deliveries.scheduleWithFixedDelay(whileServing(() -> deliver(loop)), DELIVERY_EVERY_MILLIS,
                DELIVERY_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        WebhookDelivery webhookLoop = webhooks.get();
        deliveries.scheduleWithFixedDelay(whileServing(() -> deliverWebhooks(webhookLoop)), DELIVERY_EVERY_MILLIS,
                DELIVERY_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        Housekeeping purge = housekeeping.get();
        RateLimitCounter counter = rateLimits.get();
        scheduler.scheduleWithFixedDelay(whileServing(() -> purge(purge, counter, clock)), 1,
                HOUSEKEEPING_EVERY_MINUTES, TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(whileServing(() -> remind(purge)), REMINDERS_FIRST_SECONDS,
                REMINDERS_EVERY_SECONDS, TimeUnit.SECONDS);
        return demoKey;
    }

    /** Seeds the demo data ({@link DemoData#seedIfEmpty}) on a daemon thread of its own. */
    private CompletableFuture<Optional<String>> seedInBackground() {
        CompletableFuture<Optional<String>> seeding = new CompletableFuture<>();
        Thread seeder = new Thread(() -> {
            try {
                seeding.complete(demoData.get().seedIfEmpty());
            } catch (Throwable e) {
                seeding.completeExceptionally(e);
            }
        }, "portal-demo-data");
        seeder.setDaemon(true);
        seeder.start();
        return seeding;
    }

    /** What {@code work} gave, or what it threw, as thrown on this thread. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Background work runs while the instance is not stopping and its schema is this build's. */
    private Runnable whileServing(Runnable work) {
        PersistentStore opened = openStore;
        return () -> {
            if (!draining.begun() && opened.isSchemaCurrent()) {
                work.run();
            }
        };
    }

    /** Whether a run of passes goes on: not once the instance stops, nor once its thread is interrupted. */
    private boolean goOn() {
        return !draining.begun() && !Thread.currentThread().isInterrupted();
    }

    int port() {
        return running.port();
    }

    /** V2: issues the sign-in links asked for and sends them, in the links' lane. */
    private void deliverLinks(SignIn links, NotificationDelivery loop) {
        try {
            links.sendRequestedLinks();
            for (int i = 0; i < PASSES_PER_RUN && goOn(); i++) {
                DeliveryReport r = loop.deliverDueLinks();
                if (r.claimed() == 0 || r.sent() == 0 && r.dead() == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Sign-in link delivery failed, retrying on the next run: {}", e.getMessage());
        }
    }

    /** Sends what the outbox holds, pass after pass while passes send. */
    private void deliver(NotificationDelivery loop) {
        try {
            for (int i = 0; i < PASSES_PER_RUN && goOn(); i++) {
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
    private void deliverWebhooks(WebhookDelivery loop) {
        try {
            for (int i = 0; i < PASSES_PER_RUN && goOn(); i++) {
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

    /**
     * Stops within {@link #STOP_BUDGET}: readiness 503 at once, no new delivery pass and the running
     * ones interrupted (where the store allows it), serving on for the configured delay, then the
     * requests in flight finished, the passes awaited until the budget's end, and the store closed.
     */
    synchronized void stop() {
        long deadline = System.nanoTime() + STOP_BUDGET.toNanos();
        if (running != null) {
            draining.begin();
            LOG.info("Stopping: readiness answers 503 from now on; requests in flight finish, delivery passes hand "
                    + "back the rows they hold");
        }
        if (deliveries != null) {
            if (openStore.toleratesInterrupts()) {
                deliveries.shutdownNow();
            } else {
                deliveries.shutdown();
            }
            scheduler.shutdown();
        }
        if (running != null) {
            serveOn(config.shutdownDelay());
        }
        if (adminChannel != null) {
            adminChannel.close();
            adminChannel = null;
        }
        if (running != null) {
            running.stop();
            running = null;
        }
        if (deliveries != null) {
            awaitUntil(deadline, deliveries, "delivery passes");
            awaitUntil(deadline, scheduler, "housekeeping");
            deliveries = null;
            scheduler = null;
        }
        if (openStore != null) {
            openStore.close();
            openStore = null;
            metrics.get().close();
        }
    }

    /** Keeps serving for {@code delay} after readiness turned 503: load balancers stop sending meanwhile. */
    private static void serveOn(Duration delay) {
        long until = System.nanoTime() + delay.toNanos();
        for (long left = delay.toNanos(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static void awaitUntil(long deadline, ExecutorService executor, String what) {
        try {
            if (!executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.warn("The {} did not finish within the stop's {} s; the store closes under them (rows a delivery "
                        + "pass still holds go to another instance, or this one's next start, when their lease runs out)",
                        what, STOP_BUDGET.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
