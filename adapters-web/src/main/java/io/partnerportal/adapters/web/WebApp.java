package io.partnerportal.adapters.web;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import io.javalin.http.HandlerType;
import io.partnerportal.adapters.web.portal.Portal;
import io.partnerportal.core.port.out.InMemoryRateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The web adapter's lifecycle object: the Javalin server with the partner REST API (SPEC §5.2),
 * the customer portal's pages (SPEC §5.3, {@link Portal}) and their shared base — problem+json
 * errors for the API and error pages for the portal, security headers, rate limits, one access-log
 * line per request. Create it with the core's driving ports, then {@link #start()} and
 * {@link #stop()} it.
 */
public final class WebApp {
    /** Whether {@link #preloadInBackground} has started the preload in this process. */
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
            new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * How long stopping waits for requests in flight: with the application's delay before it, a stop
     * stays within the 30 s an orchestrator grants by default (a request needs a few seconds at most).
     */
    public static final java.time.Duration STOP_TIMEOUT = java.time.Duration.ofSeconds(15);
    /**
     * How long a connection may go without traffic once stopping began: an idle keep-alive connection
     * closes after it, so the stop waits only for requests in flight (a handler still working is not cut
     * off by it: {@code GracefulStopTest}). Short, because every stop waits that long for the clients'
     * idle connections; an answer still being written goes on as long as the client takes it, and only
     * one whose client takes nothing for this long is cut off.
     */
    static final java.time.Duration SHUTDOWN_IDLE_TIMEOUT = java.time.Duration.ofMillis(200);

    private final Javalin javalin;

    private WebApp(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * The server over the core's driving ports, counting its rate limits with {@code rateLimits} (in
     * memory, or shared by every instance) by {@code clock}.
     */
    public static WebApp create(WebSettings settings, WebPorts ports, Operations operations,
                                RateLimitCounter rateLimits, Clock clock) {
        return create(settings, ports, operations, rateLimits, clock, LoggerFactory.getLogger(AccessLog.class)::info);
    }

    /** With the clock the rate limits refill by, and where access-log lines go; limits counted in memory. */
    static WebApp create(WebSettings settings, WebPorts ports, Clock clock, Consumer<String> accessLog) {
        return create(settings, ports, Operations.unmonitored(), clock, accessLog);
    }

    static WebApp create(WebSettings settings, WebPorts ports, Operations operations, Clock clock,
                         Consumer<String> accessLog) {
        return create(settings, ports, operations, new InMemoryRateLimitCounter(), clock, accessLog);
    }

    static WebApp create(WebSettings settings, WebPorts ports, Operations operations, RateLimitCounter counter,
                         Clock clock, Consumer<String> accessLog) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(operations, "operations");
        RateLimits limits = new RateLimits(Objects.requireNonNull(counter, "counter"), clock);
        Json json = new Json();
        RequestReader in = new RequestReader(json);
        Responses out = new Responses(json, ports.idempotency());
        RateLimiter perAddress = new RateLimiter("address", settings.perAddress(), limits);
        RateLimiter perKey = new RateLimiter("api-key", settings.perApiKey(), limits);
        ApiAuth auth = new ApiAuth(ports.apiAuthentication());
        SecurityHeaders headers = new SecurityHeaders("https".equals(settings.baseUrl().getScheme()));
        AccessLog log = new AccessLog(accessLog, operations.requests());
        // S6: contacts added per actor - a signed-in contact in the portal, a partner through the API
        RateLimiter invites = new RateLimiter("invite", settings.invitesPerActor(), limits);
        Portal portal = new Portal(settings, ports,
                new RateLimiter("sign-in-address", settings.signInPerAddress(), limits)::secondsToWait,
                new RateLimiter("sign-in-email", settings.signInPerEmail(), limits)::secondsToWait,
                invites::secondsToWait);
        ErrorMapping errors = new ErrorMapping(json, portal);
        PartnerApi partnerApi = new PartnerApi(ports.partnerOperations(), auth, in, out, invites::secondsToWait);
        SupportApi supportApi = new SupportApi(ports.supportOperations(), auth, in, out);
        IntegrationsApi integrationsApi = new IntegrationsApi(ports.partnerIntegrations(), auth, in, out);
        OpenApi openApi = new OpenApi(settings.baseUrl());
        RequestContext requests = new RequestContext(settings.trustedProxies());

        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.maxRequestSize = RequestReader.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.listenAddress());
                connector.setPort(settings.port());
                // when stopping, idle keep-alive connections close at once; requests in flight still finish
                connector.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT.toMillis());
                return connector;
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors(json));
                // stopping refuses new connections and lets requests in flight finish, up to the timeout
                server.insertHandler(new GracefulHandler());
                // a request's MDC entries never outlive it on the server's thread
                server.insertHandler(new RequestContext.MdcCleanup());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            // ctx.ip() and ctx.scheme() are the client's: the connection's, or what a trusted proxy says
            config.contextResolver.ip = ctx -> requests.client(ctx).address();
            config.contextResolver.scheme = ctx -> requests.client(ctx).scheme();
            config.requestLogger.http(log::log);
            config.routes.before(requests::begin);
            config.routes.before(ctx -> {
                if (!OperationsRoutes.serves(ctx.path())) {
                    // the address's limit and, on the API, the presented key's: one round trip to a shared counter
                    boolean api = ctx.path().startsWith(PartnerApi.V1 + "/");
                    String key = api ? ApiAuth.bucket(ctx) : null;
                    List<RateLimiter> counted = key == null ? List.of(perAddress) : List.of(perKey, perAddress);
                    RateLimits.Counted counts = limits.countAll(key == null ? List.of(perAddress.share(ctx.ip()))
                            : List.of(perKey.share(key), perAddress.share(ctx.ip())));
                    if (api) {
                        ctx.header(RateLimiter.POLICY_HEADER, RateLimiter.policies(counted));
                        RateLimiter.remaining(counts).ifPresent(left -> ctx.header(RateLimiter.HEADER, left));
                    }
                    RateLimiter.refuseIfAnyWaits(counts);
                }
            });
            config.routes.before(RequestReader::refuseMethodOverride);
            config.routes.after(headers::apply);
            errors.register(config.routes);
            partnerApi.register(config.routes);
            supportApi.register(config.routes);
            integrationsApi.register(config.routes);
            openApi.register(config.routes);
            new ApiDocs().register(config.routes);
            new OperationsRoutes(operations).register(config.routes);
            portal.register(config.routes);
        });
        return new WebApp(javalin);
    }

    /**
     * Starts {@link #preload} on a daemon thread of its own, once per process: the later calls do
     * nothing (V7: whoever starts first, the entry point or the lifecycle, starts it).
     */
    public static void preloadInBackground() {
        if (PRELOADING.compareAndSet(false, true)) {
            Thread preload = new Thread(WebApp::preload, "portal-web-preload");
            preload.setDaemon(true);
            preload.start();
        }
    }

    /**
     * V7: loads what creating and starting the server needs first (Jackson's mapper, Javalin's
     * configuration, Jetty's server, connector and handler classes), creating no server that lasts and
     * opening no socket: the application calls it on a thread of its own while the store opens, so this
     * class loading runs beside the database's instead of after it.
     */
    public static void preload() {
        new Json().write(java.util.Map.of("status", "ok"));
        Javalin.create(config -> config.startup.showJavalinBanner = false);
        org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server();
        new ServerConnector(server, new HttpConnectionFactory(new org.eclipse.jetty.server.HttpConfiguration()));
        server.insertHandler(new GracefulHandler());
        server.setErrorHandler(new JettyErrors(new Json()));
    }

    public WebApp start() {
        javalin.start();
        return this;
    }

    public void stop() {
        javalin.stop();
    }

    /**
     * The server's thread pool as meters (threads configured, busy, idle, queued jobs), for the
     * application's metrics registry; the server's own types stay inside this adapter.
     */
    public MeterBinder threadPoolMetrics() {
        return new JettyServerThreadPoolMetrics(javalin.jettyServer().threadPool(), Tags.empty());
    }

    /** The port the server listens on (the actual one when the settings asked for 0). */
    /**
     * The trace of the request the calling thread is handling (O4), for the core to keep with the
     * emails and webhook deliveries the request queues: {@code Core.builder(...).trace(WebApp.traceContext())}.
     *
     * @return the current request's {@code traceparent}, its own span as the parent; empty off a request
     */
    public static io.partnerportal.core.port.out.TraceContext traceContext() {
        return RequestContext.TRACE;
    }

    public int port() {
        return javalin.port();
    }

    /** Every registered HTTP route as {@code METHOD path}. */
    List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod() && e.method != HandlerType.HEAD)
                .map(e -> e.method.name() + " " + e.path)
                .sorted()
                .toList();
    }
}
