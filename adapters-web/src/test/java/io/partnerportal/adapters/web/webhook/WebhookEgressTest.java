package io.partnerportal.adapters.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.partnerportal.core.port.out.WebhookSender;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.Promise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S4: webhook egress is pinned. The sender resolves a host once, checks every address against IANA's
 * special-purpose registries, and connects only to an address that passed; TLS is verified against
 * the host name; the lookup and the attempt end within the limit; what failed is recorded as a word.
 * Every connection these tests make or watch is on 127.0.0.1; the public addresses they name are
 * recorded by a connector that opens nothing.
 */
class WebhookEgressTest {
    @TempDir
    Path dir;

    /** Opens nothing: records where the client would connect, and answers "refused". */
    static final class RecordingConnector extends ClientConnector {
        final List<SocketAddress> targets = new CopyOnWriteArrayList<>();

        @Override
        public void connect(SocketAddress address, Map<String, Object> context) {
            targets.add(address);
            @SuppressWarnings("unchecked")
            Promise<Object> promise = (Promise<Object>) context.get(CONNECTION_PROMISE_CONTEXT_KEY);
            promise.failed(new ConnectException("opened nothing"));
        }
    }

    private static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    @Test
    void S4_theSenderConnectsToTheAddressItCheckedNeverToWhatASecondLookupWouldGive() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        RecordingConnector connector = new RecordingConnector();
        // the stub says "public" for localhost: a client that looked the name up again would reach 127.0.0.1
        HttpWebhookSender sender = new HttpWebhookSender(false, host -> {
            lookups.incrementAndGet();
            return host.equals("localhost") ? new InetAddress[] {literal("93.184.216.34")} : new InetAddress[0];
        }, connector, HttpWebhookSender.TIMEOUT);
        try (ServerSocketChannel waiting = ServerSocketChannel.open()) {
            waiting.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            waiting.configureBlocking(false);
            int port = ((InetSocketAddress) waiting.getLocalAddress()).getPort();

            WebhookSender.Result result = sender.send(URI.create("https://localhost:" + port + "/hook"), "{}",
                    List.of("whsec_x"), Instant.now());

            assertThat(result.succeeded()).isFalse();
            assertThat(result.error()).isEqualTo("refused");
            assertThat(connector.targets).containsExactly(new InetSocketAddress(literal("93.184.216.34"), port));
            assertThat(lookups).as("one lookup, no second one to rebind").hasValue(1);
            assertThat(waiting.accept()).as("no connection reached 127.0.0.1").isNull();
        } finally {
            sender.close();
        }
    }

    @Test
    void S4_aNameWithOneAddressThatIsNotGloballyReachableIsNeverConnectedTo() throws Exception {
        RecordingConnector connector = new RecordingConnector();
        HttpWebhookSender sender = new HttpWebhookSender(false, host -> new InetAddress[] {literal("93.184.216.34"),
                literal("64:ff9b::7f00:1")}, connector, HttpWebhookSender.TIMEOUT);
        try {
            WebhookSender.Result result = sender.send(URI.create("https://rebound.example/hook"), "{}",
                    List.of("whsec_x"), Instant.now());
            assertThat(result.error()).isEqualTo("blocked");
            assertThat(result.responseCode()).isNull();
            assertThat(connector.targets).isEmpty();
            assertThat(sender.send(URI.create("http://public.example/hook"), "{}", List.of("s"), Instant.now())
                    .error()).as("plain http").isEqualTo("blocked");
            assertThat(connector.targets).isEmpty();
        } finally {
            sender.close();
        }
    }

    @Test
    void S4_everyAddressTheSpecialPurposeRegistriesDoNotMarkGloballyReachableIsRefused() {
        HttpWebhookSender sender = new HttpWebhookSender(false, host -> new InetAddress[] {literal(host)},
                new RecordingConnector(), HttpWebhookSender.TIMEOUT);
        try {
            for (String refused : List.of("64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::5db8:d822",
                    "2002:7f00:1::", "2002:c0a8:101::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
                    "2001:0:7f00:1:8000:63bf:a247:27dd", "192.0.2.10", "198.51.100.7", "203.0.113.9", "2001:db8::1",
                    "3fff::1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", "::", "::1", "::127.0.0.1",
                    "::93.184.216.34", "fec0::1", "fe80::1", "fd12:3456::1", "ff02::1", "100::1", "2001:2::1",
                    "2001:10::1", "5f00::1", "4000::1", "127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1",
                    "169.254.169.254", "192.0.0.1", "192.0.0.170", "192.88.99.1", "198.18.0.1", "198.19.255.255",
                    "224.0.0.1", "240.0.0.1", "255.255.255.255", "::ffff:127.0.0.1", "::ffff:10.0.0.1")) {
                assertThat(sender.refusal(URI.create("https://" + (refused.contains(":") ? "[" + refused + "]"
                        : refused) + "/hook"))).as(refused).isPresent();
            }
            for (String accepted : List.of("93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.1", "192.0.0.9",
                    "172.32.0.1", "2606:2800:220:1:248:1893:25c8:1946", "64:ff9b::5db8:d822", "2002:5db8:d822::1",
                    "2001:0:4136:e378:8000:63bf:a247:27dd", "2001:4:112::1", "2001:db9::1", "::ffff:93.184.216.34")) {
                assertThat(sender.refusal(URI.create("https://" + (accepted.contains(":") ? "[" + accepted + "]"
                        : accepted) + "/hook"))).as(accepted).isEmpty();
            }
        } finally {
            sender.close();
        }
    }

    @Test
    void S4_aLookupThatHangsOrAReceiverThatNeverAnswersEndsWithinTheLimitAsATimeout() throws Exception {
        Duration limit = Duration.ofMillis(500);
        CountDownLatch never = new CountDownLatch(1);
        HttpWebhookSender hanging = new HttpWebhookSender(false, host -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host);
        }, new RecordingConnector(), limit);
        HttpWebhookSender silent = new HttpWebhookSender(true, InetAddress::getAllByName, new ClientConnector(), limit);
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            assertThat(hanging.send(URI.create("https://slow.example/hook"), "{}", List.of("s"), Instant.now()).error())
                    .isEqualTo("timeout");
            assertThat(hanging.refusal(URI.create("https://slow.example/hook"))).get().asString()
                    .contains("did not resolve within");
            // accepted by the kernel, never answered
            assertThat(silent.send(URI.create("http://127.0.0.1:" + mute.getLocalPort() + "/hook"), "{}", List.of("s"),
                    Instant.now()).error()).isEqualTo("timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            never.countDown();
            hanging.close();
            silent.close();
        }
    }

    @Test
    void S4_aFailureIsRecordedAsAWordNeverAnExceptionsClassOrMessage() throws Exception {
        HttpWebhookSender sender = new HttpWebhookSender(true, host -> {
            if (host.equals("nowhere.invalid")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {literal(host)};
        }, new ClientConnector(), HttpWebhookSender.TIMEOUT);
        com.sun.net.httpserver.HttpServer failing = com.sun.net.httpserver.HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/hook", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        failing.start();
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try {
            WebhookSender.Result http500 = sender.send(URI.create("http://127.0.0.1:" + failing.getAddress().getPort()
                    + "/hook"), "{}", List.of("s"), Instant.now());
            assertThat(http500.responseCode()).isEqualTo(500);
            assertThat(http500.error()).isEqualTo("http 500");
            assertThat(sender.send(URI.create("http://127.0.0.1:" + closed + "/hook"), "{}", List.of("s"),
                    Instant.now()).error()).isEqualTo("refused");
            assertThat(sender.send(URI.create("http://nowhere.invalid/hook"), "{}", List.of("s"), Instant.now())
                    .error()).isEqualTo("dns");
            assertThat(sender.send(URI.create("ftp://127.0.0.1/hook"), "{}", List.of("s"), Instant.now()).error())
                    .isEqualTo("blocked");
        } finally {
            failing.stop(0);
            sender.close();
        }
    }

    /** A PKCS#12 key store holding a new self-signed certificate for {@code name}, made with the JDK's keytool. */
    private Path certificate(String name) throws Exception {
        Path store = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "SAN=dns:" + name, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        return store;
    }

    private static KeyStore load(Path store) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        return ks;
    }

    /** An https receiver on 127.0.0.1 answering 204, presenting {@code store}'s certificate. */
    private static HttpsServer receiver(Path store) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(store), "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static HttpWebhookSender trusting(Path... stores) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        for (Path store : stores) {
            KeyStore ks = load(store);
            trusted.setCertificateEntry(store.getFileName().toString(), ks.getCertificate("receiver"));
        }
        ClientConnector connector = new ClientConnector();
        org.eclipse.jetty.util.ssl.SslContextFactory.Client tls = new org.eclipse.jetty.util.ssl.SslContextFactory.Client();
        tls.setTrustStore(trusted);
        connector.setSslContextFactory(tls);
        return new HttpWebhookSender(true, InetAddress::getAllByName, connector, HttpWebhookSender.TIMEOUT);
    }

    @Test
    void S4_tlsIsVerifiedAgainstTheHostName() throws Exception {
        Path forLocalhost = certificate("localhost");
        Path forAnother = certificate("other.example");
        HttpsServer right = receiver(forLocalhost);
        HttpsServer wrongName = receiver(forAnother);
        HttpWebhookSender trustingBoth = trusting(forLocalhost, forAnother);
        HttpWebhookSender trustingNone = new HttpWebhookSender(true, InetAddress::getAllByName, new ClientConnector(),
                HttpWebhookSender.TIMEOUT);
        try {
            URI good = URI.create("https://localhost:" + right.getAddress().getPort() + "/hook");
            URI misnamed = URI.create("https://localhost:" + wrongName.getAddress().getPort() + "/hook");
            assertThat(trustingBoth.send(good, "{}", List.of("s"), Instant.now()).responseCode()).isEqualTo(204);
            WebhookSender.Result mismatch = trustingBoth.send(misnamed, "{}", List.of("s"), Instant.now());
            assertThat(mismatch.error()).as("a trusted certificate for another name").isEqualTo("tls");
            assertThat(trustingNone.send(good, "{}", List.of("s"), Instant.now()).error())
                    .as("a certificate nobody vouches for").isEqualTo("tls");
        } finally {
            right.stop(0);
            wrongName.stop(0);
            trustingBoth.close();
            trustingNone.close();
        }
    }
}
