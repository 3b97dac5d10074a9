package io.partnerportal.adapters.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.partnerportal.core.port.out.WebhookSender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R20's sender: the signature, no redirect followed, and the address checks, which never connect. */
class HttpWebhookSenderTest {
    private HttpServer receiver;
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> traces = new CopyOnWriteArrayList<>();
    private final AtomicInteger redirectedHits = new AtomicInteger();
    private final CountDownLatch answerSlowly = new CountDownLatch(1);

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            signatures.add(exchange.getRequestHeaders().getFirst("Portal-Signature"));
            traces.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/slow", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                answerSlowly.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.createContext("/elsewhere", exchange -> {
            redirectedHits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        answerSlowly.countDown();
        receiver.stop(0);
    }

    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path);
    }

    @Test
    void O4_aDeliveryCausedByATracedRequestCarriesItsTraceparentAndOnlyAWellFormedOne() {
        HttpWebhookSender sender = HttpWebhookSender.create(true);
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        assertThat(sender.send(local("/hook"), "{}", List.of("s"), now, trace).succeeded()).isTrue();
        assertThat(sender.send(local("/hook"), "{}", List.of("s"), now, "00-XYZ").succeeded()).isTrue();
        assertThat(sender.send(local("/hook"), "{}", List.of("s"), now).succeeded()).isTrue();
        sender.close();

        assertThat(traces).containsExactly(trace, "null", "null");
    }

    @Test
    void R20_theBodyIsPostedAsItIsAndSignedWithEverySecret() {
        HttpWebhookSender sender = HttpWebhookSender.create(true);
        String body = "{\"id\":\"e1\",\"type\":\"usage.reported\",\"name\":\"\u65e5\u672c\"}";
        var result = sender.send(local("/hook"), body, List.of("whsec_new", "whsec_old"),
                Instant.ofEpochSecond(1_790_000_000L));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.responseCode()).isEqualTo(204);
        assertThat(bodies).containsExactly(body);
        assertThat(signatures).containsExactly("t=1790000000,v1="
                + WebhookSignature.hmac("whsec_new", "1790000000." + body) + ",v1="
                + WebhookSignature.hmac("whsec_old", "1790000000." + body));
    }

    @Test
    void R20_theSignatureIsHmacSha256OfTimeDotBody() {
        // the well-known HMAC-SHA256 example value (Wikipedia, "HMAC")
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        assertThat(WebhookSignature.header(List.of("key"), 5, "{}"))
                .isEqualTo("t=5,v1=" + WebhookSignature.hmac("key", "5.{}"));
    }

    @Test
    void R20_aRedirectIsNotFollowedAndCountsAsAFailure() {
        var result = HttpWebhookSender.create(true).send(local("/moved"), "{}", List.of("s"), Instant.now());
        assertThat(result.succeeded()).isFalse();
        assertThat(result.responseCode()).isEqualTo(302);
        assertThat(redirectedHits).hasValue(0);
    }

    @Test
    void R20_privateLoopbackAndLinkLocalTargetsAreRefusedWithoutConnecting() {
        HttpWebhookSender sender = new HttpWebhookSender(false, host -> {
            if (host.equals("rebound.example")) {
                return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")};
            }
            if (host.equals("public.example")) {
                return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
            }
            if (host.equals("localhost")) {
                return InetAddress.getAllByName("localhost");
            }
            if (host.matches("[0-9.:a-fA-F]+")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }, new org.eclipse.jetty.io.ClientConnector(), HttpWebhookSender.TIMEOUT);
        for (String url : List.of("http://public.example/x", "https://127.0.0.1/x", "https://10.0.0.1/x",
                "https://172.16.5.4/x", "https://192.168.1.1/x", "https://169.254.169.254/latest", "https://[::1]/x",
                "https://[fe80::1]/x", "https://[fd00::1]/x", "https://[::ffff:127.0.0.1]/x", "https://0.0.0.0/x",
                "https://100.64.0.1/x", "https://localhost/x", "https://rebound.example/x", "https://nowhere.invalid/x")) {
            assertThat(sender.refusal(URI.create(url))).as(url).isPresent();
        }
        assertThat(sender.refusal(URI.create("https://public.example/x"))).isEmpty();
        assertThat(sender.send(local("/hook"), "{}", List.of("s"), Instant.now()).succeeded()).isFalse();
        assertThat(bodies).as("a refused address is never connected to").isEmpty();
    }

    @Test
    void R20_withPrivateTargetsAllowedHttpAndLoopbackAreAccepted() {
        HttpWebhookSender sender = HttpWebhookSender.create(true);
        assertThat(sender.refusal(URI.create("http://127.0.0.1:9/x"))).isEmpty();
        assertThat(sender.refusal(URI.create("ftp://127.0.0.1/x"))).isPresent();
    }

    @Test
    void O3_aPostUnderWayFinishesWhenItsThreadIsInterruptedAndTheInterruptIsKept() throws Exception {
        HttpWebhookSender sender = HttpWebhookSender.create(true);
        AtomicReference<WebhookSender.Result> outcome =
                new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread delivery = new Thread(() -> {
            outcome.set(sender.send(local("/slow"), "{}", List.of("whsec_x"), Instant.ofEpochSecond(1)));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        delivery.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (bodies.isEmpty() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(bodies).as("the receiver has the request").hasSize(1);

        delivery.interrupt();
        assertThat(delivery.isAlive()).as("the POST still waits for its answer").isTrue();
        answerSlowly.countDown();
        delivery.join(10_000);

        assertThat(outcome.get().succeeded()).as("recorded as the receiver answered it").isTrue();
        assertThat(stillInterrupted).isTrue();
    }
}
