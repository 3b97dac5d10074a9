package io.partnerportal.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.partnerportal.adapters.mail.FileMailModule;
import io.partnerportal.adapters.mail.MailSettings;
import io.partnerportal.adapters.mail.SmtpMailModule;
import io.partnerportal.adapters.persistence.PersistenceModule;
import io.partnerportal.adapters.persistence.PersistenceSettings;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.adapters.persistence.SharedRateLimitModule;
import io.partnerportal.adapters.web.WebApp;
import io.partnerportal.adapters.web.WebModule;
import io.partnerportal.adapters.web.WebSettings;
import io.partnerportal.adapters.web.webhook.WebhookModule;
import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.domain.error.PortalException;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.PersonalData;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The application's entry point: serves the portal, or runs an admin command, with the
 * configuration of the environment and an optional {@code --config} file. What to print for a
 * person goes to standard output; logs go to standard error.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int code = run(args, System.getenv(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line; returns the exit code (a started server keeps running after it
     * returns 0): 2 for words that are no command or a bad configuration, before anything is
     * opened; 1 when a command is refused or the store cannot be opened.
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(List.of(args));
        Path configFile = null;
        int i = words.indexOf("--config");
        if (i >= 0) {
            if (i + 1 >= words.size()) {
                err.println("--config needs a file");
                return 2;
            }
            configFile = Path.of(words.get(i + 1));
            words.remove(i + 1);
            words.remove(i);
        }
        AdminCommands.Command command = null;
        if (!words.isEmpty()) {
            AdminCommands.Parsed parsed = AdminCommands.parse(words);
            if (parsed instanceof AdminCommands.Printed printed) {
                out.print(printed.text());
                return 0;
            }
            if (parsed instanceof AdminCommands.Refused refused) {
                err.println(refused.message().stripTrailing());
                return 2;
            }
            command = (AdminCommands.Command) parsed;
        }
        PortalConfig config;
        try {
            config = PortalConfig.load(environment, configFile);
        } catch (ConfigException e) {
            err.println("Configuration error: " + e.getMessage());
            return 2;
        }
        Logging.apply(config.logFormat(), config.logLevel());
        if (command instanceof AdminCommands.OnEmbeddedDatabase onFile) {
            return onFile.run(config, out, err);
        }
        if (command instanceof AdminCommands.OnSchema onSchema) {
            return onSchema.run(config, out, err);
        }
        // V7: the web server's classes load and the store opens on threads of their own while the injector is built
        WebApp.preloadInBackground();
        try {
            Injector injector = Guice.createInjector(Stage.DEVELOPMENT, modules(config, true));
            if (command != null) {
                return runAdminCommand(command, injector, out, err);
            }
            PortalLifecycle lifecycle = injector.getInstance(PortalLifecycle.class);
            // printed before readiness answers 200, so that whoever waits for /health finds the demo key
            lifecycle.start(demoKey -> {
                out.println("Partner Subscriptions Portal is running at " + config.baseUrl() + " (listening on "
                        + config.listening(lifecycle.port()) + ")");
                if (config.devMailbox()) {
                    out.println("Emails are written to " + config.mailDir() + " and listed at " + config.baseUrl()
                            + "/dev/mailbox");
                }
                demoKey.ifPresent(key -> out.println("Demo partner API key: " + key));
            });
            Runtime.getRuntime().addShutdownHook(new Thread(lifecycle::stop, "portal-shutdown"));
            return 0;
        } catch (RuntimeException e) {
            String locked = lockedEmbeddedDatabase(e, config);
            if (locked != null) {
                err.println(locked);
                return 1;
            }
            if (command != null) {
                LOG.error("The command could not run", e);
                err.println("The command could not run: " + e.getMessage());
                return 1;
            }
            LOG.error("The portal could not start", e);
            err.println("The portal could not start: " + e.getMessage());
            return 1;
        }
    }

    /** Opens the store once for {@code command}, runs it, and closes the store again; a refusal is one line. */
    private static int runAdminCommand(AdminCommands.Command command, Injector injector, PrintStream out,
                                       PrintStream err) {
        PersistentStore store = injector.getInstance(PersistentStore.class);
        store.awaitOpen();
        try {
            if (command instanceof AdminCommands.OnAdministration c) {
                c.run(injector.getInstance(Administration.class), out);
            } else if (command instanceof AdminCommands.OnOutbox c) {
                c.run(injector.getInstance(NotificationDelivery.class), out);
            } else if (command instanceof AdminCommands.OnPersonalData c) {
                c.run(injector.getInstance(PersonalData.class), out);
            }
            return 0;
        } catch (PortalException refused) {
            err.println(refused.getMessage());
            return 1;
        } finally {
            store.close();
        }
    }

    /** Chooses the adapters for this configuration (mail, rate-limit counting): a decision for main, not for a module. */
    static List<Module> modules(PortalConfig config) {
        return modules(config, false);
    }

    /** As {@link #modules(PortalConfig)}; with {@code openNow} the store begins to open at once ({@link PersistenceModule#openingNow}). */
    static List<Module> modules(PortalConfig config, boolean openNow) {
        MailSettings mail = new MailSettings(config.mailFrom(), config.baseUrl(), config.smtpHost(),
                config.smtpPort(), config.smtpUser(), config.smtpPassword(), config.smtpStartTls(),
                MailSettings.MAX_TIMEOUT);
        Module mailModule = config.fileMail() ? new FileMailModule(config.mailDir(), mail) : new SmtpMailModule(mail);
        // one instance on the embedded database counts in memory; instances sharing PostgreSQL count there
        Module rateLimitModule = config.embedded() ? new InMemoryRateLimitModule() : new SharedRateLimitModule();
        CoreSettings core = CoreSettings.defaults().withSiteDomain(config.siteDomain())
                .withInstanceName("portal-" + UUID.randomUUID().toString().substring(0, 8))
                .withSessions(config.sessions())
                .withMailRetention(Duration.ofDays(config.mailRetentionDays()))
                .withDeliveryWorkers(config.emailWorkers(), config.webhookWorkers());
        // one registry for everything /metrics shows; the pool reports to it too
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        return List.of(
                new AppModule(config, registry),
                new CoreModule(core),
                openNow ? PersistenceModule.openingNow(persistence(config).withMetricRegistry(registry))
                        : new PersistenceModule(persistence(config).withMetricRegistry(registry)),
                mailModule,
                rateLimitModule,
                new WebhookModule(config.webhookAllowPrivate()),
                new WebModule(new WebSettings(config.port(), config.baseUrl()).withListenAddress(config.listenAddress())
                        .withRateLimits(perSecond(config.apiRateLimit()), perSecond(config.addressRateLimit()))
                        .withSignInLimits(new WebSettings.RateLimit(config.signInPerAddress(), Duration.ofMinutes(10)),
                                new WebSettings.RateLimit(config.signInPerEmail(), Duration.ofMinutes(15)))
                        .withInviteLimit(new WebSettings.RateLimit(config.invitesPerActor(), Duration.ofMinutes(10)))
                        .withDevMailbox(config.devMailbox())
                        .withTrustedProxies(config.trustedProxies())));
    }

    /**
     * The store of this configuration: {@code PORTAL_DB_POOL_SIZE} connections, each waited for at most
     * 3 s; migrating the schema when it opens unless {@code PORTAL_MIGRATE_ON_START=false}.
     */
    static PersistenceSettings persistence(PortalConfig config) {
        PersistenceSettings settings = new PersistenceSettings(config.dbUrl(), config.dbUser(), config.dbPassword(),
                config.dbPoolSize(), Duration.ofSeconds(3));
        return config.migrateOnStart() ? settings : settings.withoutMigrating();
    }

    /**
     * {@code n} requests a second sustained, bursts of twice that: how the application turns its
     * configured limits ({@link PortalConfig#DEFAULT_API_RATE_LIMIT} and the like) into the web
     * adapter's, so the web adapter's own defaults never apply to the running portal.
     */
    private static WebSettings.RateLimit perSecond(int n) {
        return new WebSettings.RateLimit(n * 2, Duration.ofSeconds(2));
    }

    /** One line for an embedded database that a running portal holds, or null. */
    static String lockedEmbeddedDatabase(Throwable e, PortalConfig config) {
        if (!config.embedded()) {
            return null;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("90020") || m.contains("already in use") || m.contains("Database may be already")) {
                return "The embedded database in " + config.dataDir() + " is in use by a running portal: stop it"
                        + " first (admin commands run while the embedded server is stopped, or any time on"
                        + " PostgreSQL).";
            }
        }
        return null;
    }
}
