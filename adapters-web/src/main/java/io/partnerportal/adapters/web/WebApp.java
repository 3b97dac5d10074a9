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
    /** How many rate-limit buckets each limiter keeps at most. */
    static final int MAX_BUCKETS = 100_000;
    /** How long stopping waits for requests in flight. */
    static final java.time.Duration STOP_TIMEOUT = java.time.Duration.ofSeconds(20);
    /** How long an idle connection stays open once stopping began. */
    static final java.time.Duration SHUTDOWN_IDLE_TIMEOUT = java.time.Duration.ofMillis(50);

    private final Javalin javalin;

    private WebApp(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebApp create(WebSettings settings, WebPorts ports, Operations operations) {
        return create(settings, ports, operations, Clock.systemUTC(), LoggerFactory.getLogger(AccessLog.class)::info);
    }

    /** With the clock the rate limits refill by, and where access-log lines go. */
    static WebApp create(WebSettings settings, WebPorts ports, Clock clock, Consumer<String> accessLog) {
        return create(settings, ports, Operations.unmonitored(), clock, accessLog);
    }

    static WebApp create(WebSettings settings, WebPorts ports, Operations operations, Clock clock,
                         Consumer<String> accessLog) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(operations, "operations");
        Json json = new Json();
        RequestReader in = new RequestReader(json);
        Responses out = new Responses(json, ports.idempotency());
        RateLimiter perAddress = new RateLimiter(settings.perAddress(), MAX_BUCKETS, clock);
        ApiAuth auth = new ApiAuth(ports.apiAuthentication(),
                new RateLimiter(settings.perApiKey(), MAX_BUCKETS, clock));
        SecurityHeaders headers = new SecurityHeaders("https".equals(settings.baseUrl().getScheme()));
        AccessLog log = new AccessLog(accessLog, operations.requests());
        Portal portal = new Portal(settings, ports,
                new RateLimiter(settings.signInPerAddress(), MAX_BUCKETS, clock)::secondsToWait,
                new RateLimiter(settings.signInPerEmail(), MAX_BUCKETS, clock)::secondsToWait);
        ErrorMapping errors = new ErrorMapping(json, portal);
        PartnerApi partnerApi = new PartnerApi(ports.partnerOperations(), auth, in, out);
        SupportApi supportApi = new SupportApi(ports.supportOperations(), auth, in, out);
        OpenApi openApi = new OpenApi();

        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.http.maxRequestSize = RequestReader.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setPort(settings.port());
                // when stopping, idle keep-alive connections close at once; requests in flight still finish
                connector.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT.toMillis());
                return connector;
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors(json));
                // stopping refuses new connections and lets requests in flight finish, up to the timeout
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            config.requestLogger.http(log::log);
            // the connection's own address (ctx.ip() is the socket's), never X-Forwarded-For
            config.routes.before(ctx -> perAddress.acquire(ctx.ip()));
            config.routes.before(RequestReader::refuseMethodOverride);
            config.routes.after(headers::apply);
            errors.register(config.routes);
            partnerApi.register(config.routes);
            supportApi.register(config.routes);
            openApi.register(config.routes);
            new OperationsRoutes(operations).register(config.routes);
            portal.register(config.routes);
        });
        return new WebApp(javalin);
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
