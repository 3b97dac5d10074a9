package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.testing.LocalPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6.5: two instances on one PostgreSQL database; the one holding the outbox's rows is
 * killed hard in the middle of a delivery (its mail server trickles the greeting, so it hangs
 * inside the send), and the other delivers every email within 30 s of the kill, each once.
 */
class OutboxRecoveryIT {
    private static final Path JAR = Path.of(System.getProperty("portal.jar", "target/partner-portal.jar"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONTACTS = 20;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    /**
     * An SMTP server on loopback that accepts and sends its greeting one byte every 2 s, so a
     * client stays inside its send (each byte arrives well within its read timeout).
     */
    static final class TricklingSmtp implements AutoCloseable {
        private static final byte[] GREETING = "220 slow.example ESMTP\r\n".getBytes(StandardCharsets.US_ASCII);
        final ServerSocket server;
        final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

        TricklingSmtp() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "trickling-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    accepted.add(s);
                    AtomicInteger next = new AtomicInteger();
                    writer.scheduleAtFixedRate(() -> {
                        int i = next.getAndIncrement();
                        if (i < GREETING.length && !s.isClosed()) {
                            try {
                                OutputStream out = s.getOutputStream();
                                out.write(GREETING[i]);
                                out.flush();
                            } catch (IOException gone) {
                                // the client went away
                            }
                        }
                    }, 0, 2, TimeUnit.SECONDS);
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            writer.shutdownNow();
            server.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void theEmailsOfAnInstanceKilledMidDeliveryAreSentByTheOtherWithinThirtySecondsEachOnce() throws Exception {
        int smtpPort;
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        GreenMail mailbox = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailbox.start();
        try (LocalPostgres db = new LocalPostgres("portal_recovery_"); TricklingSmtp slow = new TricklingSmtp()) {
            Map<String, String> victimEnv = Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_SMTP_HOST", "127.0.0.1", "PORTAL_SMTP_PORT", Integer.toString(slow.server.getLocalPort()));
            int victimPort;
            try (ServerSocket s = new ServerSocket(0)) {
                victimPort = s.getLocalPort();
            }
            Map<String, String> env = new HashMap<>(victimEnv);
            env.put("PORTAL_PORT", Integer.toString(victimPort));
            Process victim = java(env).redirectOutput(dir.resolve("victim.out").toFile())
                    .redirectError(dir.resolve("victim.err").toFile()).start();
            try {
                assertThat(eventually(Duration.ofSeconds(60), () -> status(victimPort, "/health") == 200))
                        .as("the first instance answers").isTrue();
                Process admin = java(victimEnv, "partner", "create", "--name", "Recovery Reseller", "--email",
                        "billing@recovery.example").redirectOutput(dir.resolve("admin.out").toFile())
                        .redirectError(dir.resolve("admin.err").toFile()).start();
                assertThat(admin.waitFor(60, TimeUnit.SECONDS)).isTrue();
                List<String> out = Files.readAllLines(dir.resolve("admin.out"));
                String key = out.get(out.size() - 1);

                // one order for 20 new contacts: a WELCOME and a PRODUCT_ORDERED each, queued together
                String account = JSON.readTree(post(victimPort, "/api/v1/billing-accounts", key,
                        Map.of("name", "Main"))).get("id").asText();
                List<Map<String, String>> contacts = new ArrayList<>();
                for (int i = 0; i < CONTACTS; i++) {
                    contacts.add(Map.of("email", "contact" + i + "@recovery.example", "name", "C" + i, "locale", "en"));
                }
                post(victimPort, "/api/v1/orders", key, Map.of("billingAccountId", account, "product", "jira",
                        "plan", "STANDARD", "billingCycle", "MONTHLY", "userTier", 5, "siteUrl",
                        "recovery.atlassian.net", "contacts", contacts));

                // the first instance claims the WELCOMEs and hangs inside the first send
                assertThat(eventually(Duration.ofSeconds(20), () -> !slow.accepted.isEmpty())).isTrue();
                assertThat(heldUnderLease(db)).isEqualTo(CONTACTS);

                Map<String, String> survivorEnv = new HashMap<>(victimEnv);
                survivorEnv.put("PORTAL_SMTP_PORT", Integer.toString(smtpPort));
                survivorEnv.put("PORTAL_DATA_DIR", dir.resolve("survivor").toString());
                try (RunningPortal survivor = new RunningPortal(survivorEnv)) {
                    // the other instance is up, and the rows are still held by the first
                    assertThat(heldUnderLease(db)).isEqualTo(CONTACTS);
                    assertThat(mailbox.getReceivedMessages()).isEmpty();

                    victim.destroyForcibly();
                    long killed = System.nanoTime();
                    assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();

                    boolean all = eventually(Duration.ofSeconds(30).minusNanos(System.nanoTime() - killed),
                            () -> mailbox.getReceivedMessages().length >= 2 * CONTACTS);
                    Duration took = Duration.ofNanos(System.nanoTime() - killed);
                    assertThat(all).as("every email within 30 s of the kill, got %d after %s",
                            mailbox.getReceivedMessages().length, took).isTrue();
                    assertThat(took).isLessThan(Duration.ofSeconds(30));
                    assertThat(eventually(Duration.ofSeconds(10),
                            () -> survivor.get(NotificationDelivery.class).status().pending() == 0)).isTrue();
                    Map<String, Long> ids = Arrays.stream(mailbox.getReceivedMessages()).map(OutboxRecoveryIT::id)
                            .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
                    assertThat(ids).hasSize(2 * CONTACTS);
                    assertThat(ids.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
                }
            } finally {
                victim.destroyForcibly();
                victim.waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            mailbox.stop();
        }
    }

    private ProcessBuilder java(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PORTAL_"));
        pb.environment().putAll(env);
        return pb;
    }

    /** Pending rows that some instance holds under a lease that has not run out. */
    private static int heldUnderLease(LocalPostgres db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), LocalPostgres.USER, "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM notification_outbox WHERE status = 'PENDING'"
                     + " AND claimed_by IS NOT NULL AND lease_until > CURRENT_TIMESTAMP")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int status(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String post(int port, String path, String key, Object body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return r.body();
    }

    private static String id(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean eventually(Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return condition.getAsBoolean();
    }
}
