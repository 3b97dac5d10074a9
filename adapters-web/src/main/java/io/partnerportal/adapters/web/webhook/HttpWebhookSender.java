package io.partnerportal.adapters.web.webhook;

import io.partnerportal.core.port.out.TraceContext;
import io.partnerportal.core.port.out.WebhookSender;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The webhook sender (R20, S4) on Jetty's {@code HttpClient} - the server's own Jetty. Egress is
 * pinned: the client resolves a host only through {@link #resolveChecked}, which looks the name up
 * once, checks every address it gets ({@link WebhookTargets}) and hands the client exactly those
 * addresses, so a connection goes to an address that passed the check and never to one a second
 * lookup might give (DNS rebinding). TLS is verified against the URL's host name. No redirect is
 * followed, no proxy used, no cookie kept; the lookup and the whole attempt get 10 s together. The
 * reply's body is discarded, and a failure is recorded as a word ({@code timeout}, {@code refused},
 * {@code tls}, {@code dns}, {@code blocked}, {@code http 500}…), never an exception's class or message,
 * an address or a body. It never throws.
 * A POST under way finishes (within its 10 s) when its thread is interrupted - the application
 * interrupts the delivery threads when it stops, and a delivery cut short would be recorded as a
 * failure the receiver may never have seen - and the interrupt is kept for the delivery loop to act on.
 */
public final class HttpWebhookSender implements WebhookSender, AutoCloseable {
    /** The most one delivery may take, the lookup and connecting included. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The W3C trace header (O4), sent when the event was caused by a traced request. */
    static final String TRACE_HEADER = "traceparent";
    /** Lookups run on a few threads of their own, so a resolver that hangs never holds the client's. */
    private static final int LOOKUP_THREADS = 4;

    private final WebhookTargets targets;
    private final Duration timeout;
    private final ExecutorService lookups;
    private final ClientConnector connector;
    /** Made and started on the first send (V7: none is needed to start serving). */
    private HttpClient client;

    /**
     * @param connector how connections are opened (tests record where instead of connecting); its TLS
     *                  settings are the client's
     */
    HttpWebhookSender(boolean allowPrivate, WebhookTargets.Resolver resolver, ClientConnector connector,
                      Duration timeout) {
        this.targets = new WebhookTargets(allowPrivate, resolver);
        this.timeout = timeout;
        this.lookups = Executors.newFixedThreadPool(LOOKUP_THREADS, r -> {
            Thread t = new Thread(r, "webhook-lookup");
            t.setDaemon(true);
            return t;
        });
        this.connector = connector;
    }

    /** The client over {@code connector}: TLS checked, no redirects, no cookies, this sender's timeouts. */
    private HttpClient newClient() {
        SslContextFactory.Client tls = connector.getSslContextFactory();
        if (tls == null) {
            tls = new SslContextFactory.Client();
            connector.setSslContextFactory(tls);
        }
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setTrustAll(false);
        connector.setConnectTimeout(timeout);
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("webhook-client");
        threads.setDaemon(true);
        HttpClient client = new HttpClient(new HttpClientTransportOverHTTP(connector));
        client.setExecutor(threads);
        client.setScheduler(new ScheduledExecutorScheduler("webhook-client-timeouts", true));
        client.setSocketAddressResolver(this::resolveChecked);
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "partner-portal-webhooks"));
        client.setConnectTimeout(timeout.toMillis());
        client.setIdleTimeout(Duration.ofSeconds(30).toMillis());
        return client;
    }

    /**
     * @param allowPrivate {@code PORTAL_WEBHOOK_ALLOW_PRIVATE}: accept http and private addresses
     * @return a sender resolving names with the system's resolver
     */
    public static HttpWebhookSender create(boolean allowPrivate) {
        return new HttpWebhookSender(allowPrivate, InetAddress::getAllByName, new ClientConnector(), TIMEOUT);
    }

    @Override
    public Optional<String> refusal(URI url) {
        Future<Optional<String>> check;
        try {
            check = lookups.submit(() -> targets.refusal(url));
        } catch (RejectedExecutionException closed) {
            return Optional.of("cannot be checked now");
        }
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            return Optional.of("its host did not resolve within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Optional.of("its host does not resolve");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("cannot be checked now");
        }
    }

    @Override
    public Result send(URI url, String body, List<String> secrets, Instant now) {
        return send(url, body, secrets, now, null);
    }

    /** As the four-argument send, with the {@code traceparent} of the request that caused the event when well formed (O4). */
    @Override
    public Result send(URI url, String body, List<String> secrets, Instant now, String traceParent) {
        boolean traced = TraceContext.wellFormed(traceParent);
        Request request = null;
        boolean interrupted = false;
        try {
            if (targets.schemeRefusal(url).isPresent()) {
                return new Result(null, "blocked");
            }
            HttpClient started = started();
            CompletableFuture<Result> done = new CompletableFuture<>();
            request = started.newRequest(url)
                    .method(HttpMethod.POST)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .headers(h -> {
                        h.put(WebhookSignature.HEADER, WebhookSignature.header(secrets, now.getEpochSecond(), body));
                        if (traced) {
                            h.put(TRACE_HEADER, traceParent);
                        }
                    })
                    .body(new StringRequestContent("application/json", body, StandardCharsets.UTF_8));
            request.send(result -> done.complete(outcome(result)));
            // the client's own timeout ends the exchange; this wait is only its backstop
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout.toMillis() + 1_000);
            while (true) {
                try {
                    return done.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // the answer is still awaited; the loop hears of the interrupt once it is recorded
                    interrupted = true;
                }
            }
        } catch (TimeoutException e) {
            request.abort(e);
            return new Result(null, "timeout");
        } catch (ExecutionException | RuntimeException e) {
            return new Result(null, word(e));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the exchange came to: the status and, unless 2xx, why it failed. */
    private static Result outcome(org.eclipse.jetty.client.Result result) {
        Response response = result.getResponse();
        int status = response == null ? 0 : response.getStatus();
        if (result.isFailed()) {
            return new Result(status > 0 ? status : null, word(result.getFailure()));
        }
        return status >= 200 && status < 300 ? new Result(status, null) : new Result(status, "http " + status);
    }

    /** One word for why an attempt failed, from the causes of {@code failure}; never its class or message. */
    static String word(Throwable failure) {
        String word = "failed";
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebhookTargets.Refused) {
                return "blocked";
            }
            if (t instanceof UnknownHostException) {
                return "dns";
            }
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return "timeout";
            }
            if (t instanceof SSLException) {
                return "tls";
            }
            if (t instanceof NoRouteToHostException) {
                return "unreachable";
            }
            if (t instanceof ConnectException) {
                return "refused";
            }
            if (t instanceof EOFException || t instanceof IOException) {
                word = "connection";
            }
        }
        return word;
    }

    /**
     * The client's only resolver: one lookup, every address checked, exactly those handed back. A
     * refused address fails the connection before any is opened.
     */
    private void resolveChecked(String host, int port, Map<String, Object> context,
                                Promise<List<InetSocketAddress>> promise) {
        try {
            lookups.execute(() -> {
                try {
                    List<InetAddress> checked = targets.check(targets.resolve(host));
                    promise.succeeded(checked.stream().map(a -> new InetSocketAddress(a, port)).toList());
                } catch (UnknownHostException | WebhookTargets.Refused | RuntimeException e) {
                    promise.failed(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            promise.failed(closed);
        }
    }

    private synchronized HttpClient started() {
        if (client == null) {
            client = newClient();
        }
        if (!client.isStarted()) {
            try {
                client.start();
            } catch (Exception e) {
                throw new IllegalStateException("the webhook client cannot start", e);
            }
        }
        return client;
    }

    /** Stops the client and its lookups. */
    @Override
    public synchronized void close() {
        try {
            if (client != null) {
                client.stop();
            }
        } catch (Exception e) {
            // stopping anyway
        } finally {
            lookups.shutdownNow();
        }
    }
}
