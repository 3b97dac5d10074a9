package io.partnerportal.adapters.web.webhook;

import io.partnerportal.core.port.out.WebhookSender;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The webhook sender (R20) on the JDK's {@code HttpClient}: the address is checked again before
 * every POST (a name may resolve elsewhere since registration), redirects are never followed, no
 * proxy is used, and the whole exchange gets 10 s. The reply's body is discarded; a failure is
 * told by status code or exception class, never with the address or the body. A POST under way
 * finishes (within its 10 s) when its thread is interrupted — the application interrupts the
 * delivery threads when it stops, and a delivery cut short would be recorded as a failure the
 * receiver may never have seen — and the interrupt is kept for the delivery loop to act on.
 */
public final class HttpWebhookSender implements WebhookSender {
    /** The most one delivery may take, connecting included. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookTargets targets;
    private final HttpClient client;

    HttpWebhookSender(boolean allowPrivate, WebhookTargets.Resolver resolver) {
        this.targets = new WebhookTargets(allowPrivate, resolver);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /**
     * @param allowPrivate {@code PORTAL_WEBHOOK_ALLOW_PRIVATE}: accept http and private addresses
     * @return a sender resolving names with the system's resolver
     */
    public static HttpWebhookSender create(boolean allowPrivate) {
        return new HttpWebhookSender(allowPrivate, InetAddress::getAllByName);
    }

    @Override
    public Optional<String> refusal(URI url) {
        return targets.refusal(url);
    }

    @Override
    public Result send(URI url, String body, List<String> secrets, Instant now) {
        Optional<String> refused = targets.refusal(url);
        if (refused.isPresent()) {
            return new Result(null, "refused: the address " + refused.get());
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "partner-portal-webhooks")
                .header(WebhookSignature.HEADER, WebhookSignature.header(secrets, now.getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        long until = System.nanoTime() + TIMEOUT.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    int status = exchange.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS).statusCode();
                    return status >= 200 && status < 300 ? new Result(status, null)
                            : new Result(status, "answered " + status);
                } catch (InterruptedException e) {
                    // the answer is still awaited; the loop hears of the interrupt once it is recorded
                    interrupted = true;
                }
            }
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Result(null, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Result(null, cause.getClass().getSimpleName());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
