package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.partnerportal.core.testing.LocalPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7.4 O3 on the jar, as an orchestrator stops it: with a request and a webhook delivery in
 * flight, {@code SIGTERM} turns readiness 503 at once while the portal serves on for
 * {@code PORTAL_SHUTDOWN_DELAY_SECONDS}, then new connections are refused, the request in flight gets
 * its answer, the delivery in flight is recorded as the receiver answered it, and the process exits
 * within 30 s of the signal.
 */
class ShutdownIT {
    private static final Path JAR = Path.of(System.getProperty("portal.jar", "target/partner-portal.jar"));

    @TempDir
    Path dir;

    private static boolean refusesConnections(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void O3_onSigtermReadinessFailsAtOnceWorkInFlightFinishesAndTheProcessExitsWithin30Seconds() throws Exception {
        CountDownLatch answerTheDelivery = new CountDownLatch(1);
        AtomicInteger deliveries = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            deliveries.incrementAndGet();
            try {
                answerTheDelivery.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (LocalPostgres db = new LocalPostgres("portal_stop_");
             Connection sql = DriverManager.getConnection(db.url(), LocalPostgres.USER, "")) {
            Map<String, String> env = Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", LocalPostgres.USER,
                    "PORTAL_WEBHOOK_ALLOW_PRIVATE", "true", "PORTAL_SHUTDOWN_DELAY_SECONDS", "2");
            PortalProcess portal = PortalProcess.start(JAR, dir, env, "/health/ready");
            try {
                PortalProcess.Run partner = PortalProcess.run(JAR, dir, env, "partner", "create", "--name", "Stopping",
                        "--email", "billing@stopping.example");
                String key = partner.lastLine();
                assertThat(portal.call("POST", "/api/v1/webhook-endpoints", key, Map.of("url", "http://127.0.0.1:"
                        + receiver.getAddress().getPort() + "/hook")).status()).isEqualTo(201);
                String account = portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Main")).json()
                        .get("id").asText();
                assertThat(portal.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account, "product",
                        "jira", "plan", "STANDARD", "billingCycle", "ANNUAL", "userTier", 10, "siteUrl",
                        "stopping.atlassian.net", "contacts", List.of(Map.of("email", "ken@stopping.example", "name",
                                "Ken", "locale", "en")))).status()).isEqualTo(201);
                // a delivery in flight: the receiver holds the POST of subscription.ordered
                portal.await(() -> deliveries.get() >= 1, "sent the webhook delivery");

                // a request in flight: its insert waits for a lock this test holds
                sql.setAutoCommit(false);
                try (Statement lock = sql.createStatement()) {
                    lock.execute("LOCK TABLE billing_account IN SHARE MODE");
                }
                CompletableFuture<PortalProcess.Reply> inFlight = CompletableFuture.supplyAsync(() -> {
                    try {
                        return portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "In flight"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                try (Connection watch = DriverManager.getConnection(db.url(), LocalPostgres.USER, "")) {
                    portal.await(() -> {
                        try {
                            return count(watch, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                    + " AND wait_event_type = 'Lock'") == 1;
                        } catch (Exception e) {
                            return false;
                        }
                    }, "began the request");
                }

                long signalled = System.nanoTime();
                portal.process.destroy();
                PortalProcess.Reply ready = readiness(portal);
                while (ready.status() != 503 && System.nanoTime() - signalled < TimeUnit.SECONDS.toNanos(1)) {
                    ready = readiness(portal);
                }
                assertThat(ready.status()).as("readiness fails at once").isEqualTo(503);
                assertThat(ready.body()).contains("\"stopping\":true");
                assertThat(portal.call("GET", "/api/v1/billing-accounts", key, null).status())
                        .as("while load balancers take notice, requests are still served").isEqualTo(200);
                portal.await(() -> refusesConnections(portal.port), "refused new connections");
                assertThat(inFlight).isNotDone();

                sql.commit();
                PortalProcess.Reply answered = inFlight.get(20, TimeUnit.SECONDS);
                assertThat(answered.status()).as("the request in flight finishes: %s", answered.body()).isEqualTo(201);
                answerTheDelivery.countDown();

                assertThat(portal.process.waitFor(30, TimeUnit.SECONDS)).as("exits within 30 s of SIGTERM").isTrue();
                Duration took = Duration.ofNanos(System.nanoTime() - signalled);
                System.out.println("SIGTERM to exit: " + took.toMillis() + " ms");
                assertThat(took).isLessThan(Duration.ofSeconds(30));

                assertThat(count(sql, "SELECT COUNT(*) FROM webhook_delivery WHERE status = 'SENT' AND attempts = 1"
                        + " AND claimed_by IS NULL")).as("the delivery in flight is recorded as answered")
                        .isEqualTo(deliveries.get());
                assertThat(count(sql, "SELECT COUNT(*) FROM webhook_delivery WHERE claimed_by IS NOT NULL"))
                        .as("no row is left claimed").isZero();
                assertThat(count(sql, "SELECT COUNT(*) FROM billing_account WHERE name = 'In flight'")).isEqualTo(1);
                assertThat(portal.stderr()).contains("Stopping: readiness answers 503").doesNotContain("Exception");
            } finally {
                answerTheDelivery.countDown();
                sql.rollback();
                portal.process.destroyForcibly();
            }
        } finally {
            receiver.stop(0);
        }
    }

    private static PortalProcess.Reply readiness(PortalProcess portal) throws Exception {
        return portal.call("GET", "/health/ready", "none", null);
    }
}
