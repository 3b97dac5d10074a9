package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.core.testing.LocalPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar itself, as an operator runs it: the embedded default with its demo data, a
 * restart reusing the data, the admin commands (and their refusal while the server holds the
 * embedded database), PostgreSQL mode, configuration errors, graceful stop.
 */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("portal.jar", "target/partner-portal.jar"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;

    record Run(int exit, List<String> out, String err) {
        String lastLine() {
            return out.get(out.size() - 1);
        }
    }

    private ProcessBuilder java(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(data.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PORTAL_"));
        pb.environment().putAll(env);
        return pb;
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        Process p = java(env, args).redirectOutput(data.resolve("cmd.out").toFile())
                .redirectError(data.resolve("cmd.err").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readAllLines(data.resolve("cmd.out"), StandardCharsets.UTF_8),
                Files.readString(data.resolve("cmd.err")));
    }

    private final class Server implements AutoCloseable {
        final Process process;
        final int port;
        final Path out;
        final Path err;

        Server(Map<String, String> env) throws Exception {
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Map<String, String> all = new java.util.HashMap<>(env);
            all.put("PORTAL_PORT", Integer.toString(port));
            out = Files.createTempFile(data, "server", ".out");
            err = Files.createTempFile(data, "server", ".err");
            process = java(all).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (status("/health") != 200) {
                assertThat(process.isAlive()).as("the server stopped: %s", Files.readString(err)).isTrue();
                assertThat(System.nanoTime()).as("the server did not answer within 60 s").isLessThan(deadline);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }

        int status(String path) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        JsonNode get(String path, String key) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        }

        String stdout() throws IOException {
            return Files.readString(out);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            assertThat(process.waitFor(40, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            assertThat(Files.readString(err)).doesNotContain("Exception");
        }
    }

    @Test
    void jsonLogsAreLogbacksOwnWithTheRequestIdOfATrustedProxy() throws Exception {
        String requestId;
        String err;
        try (Server server = new Server(Map.of("PORTAL_LOG_FORMAT", "json", "PORTAL_LOG_LEVEL", "debug",
                "PORTAL_TRUSTED_PROXIES", "127.0.0.0/8,::1"))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port
                    + "/api/v1/billing-accounts")).header("X-Request-Id", "jar-run-1").header("Authorization",
                    "Bearer not-a-key").header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(401);
            requestId = r.headers().firstValue("X-Request-Id").orElseThrow();
            err = server.err.toString();
        }
        assertThat(requestId).isEqualTo("jar-run-1");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(err), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.has("level") && l.has("message")).isTrue());
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.path("message").asText()).startsWith("GET /api/v1/billing-accounts 401");
            assertThat(l.path("mdc").path("requestId").asText()).isEqualTo("jar-run-1");
            assertThat(l.path("mdc").path("trace_id").asText()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
            assertThat(l.path("mdc").path("client").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
        assertThat(String.join("\n", Files.readAllLines(Path.of(err)))).doesNotContain("not-a-key");
    }

    @Test
    void theEmbeddedDefaultServesTheDemoAndTheAdminCommandsWaitForItToStop() throws Exception {
        Map<String, String> env = Map.of();
        String demoKey;
        try (Server server = new Server(env)) {
            String out = server.stdout();
            assertThat(out).contains("Partner Subscriptions Portal is running at http://localhost:")
                    .contains("/dev/mailbox");
            // S1: the embedded default with its mailbox listens on this machine's loopback address only
            assertThat(out).contains("(listening on 127.0.0.1:" + server.port + ")");
            assertThat(listeningAddresses(server.port)).containsExactly("127.0.0.1");
            demoKey = out.lines().filter(l -> l.startsWith("Demo partner API key: ")).findFirst().orElseThrow()
                    .substring("Demo partner API key: ".length());
            JsonNode page = server.get("/api/v1/subscriptions?limit=200", demoKey);
            Set<String> statuses = new HashSet<>();
            page.get("items").forEach(s -> statuses.add(s.get("status").asText()));
            assertThat(statuses).containsExactlyInAnyOrder("ACTIVE", "CANCELLED", "UPCOMING");
            assertThat(server.status("/metrics")).isEqualTo(200);
            // O4: the text log's line of a request names its trace, the one the answer's traceparent names
            HttpResponse<Void> docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port
                    + "/api/docs")).build(), HttpResponse.BodyHandlers.discarding());
            String traceId = docs.headers().firstValue("traceparent").orElseThrow().substring(3, 35);
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("trace_id=" + traceId + " .* GET /api/docs 200");
            long logged = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!line.matcher(Files.readString(server.err)).find() && System.nanoTime() < logged) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            assertThat(Files.readString(server.err)).containsPattern(line);
            assertThat(server.status("/api/docs")).isEqualTo(200);
            assertThat(server.status("/api/docs/swagger-ui-bundle.js")).as("Swagger UI is in the jar").isEqualTo(200);

            // a newcomer signs in as the demo contact through the developer mailbox
            PortalVisitor visitor = new PortalVisitor("http://localhost:" + server.port);
            PortalVisitor.Page list = visitor.signInThroughTheMailbox("demo@example.com");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.uri()).isEqualTo("/subscriptions");
            assertThat(list.html()).contains("Jira").contains("Confluence").contains("Teamwork Collection");
            assertThat(visitor.get("/subscriptions?tab=upcoming").html()).contains("Jira Service Management");
            assertThat(visitor.get("/subscriptions?tab=inactive").html()).contains("Loom");
            // R17: the demo's Rovo renews in 20 days; its reminder reaches the mailbox within a minute
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!visitor.get("/dev/mailbox").html().contains("Rovo renews on") && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertThat(visitor.get("/dev/mailbox").html()).contains("Rovo renews on");
            assertThat(data.resolve("data/portal.mv.db")).exists();
            // S3: the data directory, the database and the emails are their owner's alone
            assertThat(mode(data.resolve("data"))).isEqualTo("rwx------");
            assertThat(mode(data.resolve("data/portal.mv.db"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve("data/mail"))).isEqualTo("rwx------");
            try (var mails = Files.list(data.resolve("data/mail"))) {
                assertThat(mails.toList()).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).isEqualTo("rw-------"));
            }

            Run locked = run(env, "partner", "create", "--name", "Late", "--email", "late@example.com");
            assertThat(locked.exit()).isEqualTo(1);
            assertThat(locked.err().lines().filter(l -> l.contains("in use by a running portal")).count())
                    .isEqualTo(1);
            Run lockedList = run(env, "emails", "dead");
            assertThat(lockedList.exit()).isEqualTo(1);
            assertThat(lockedList.err().lines().filter(l -> l.contains("in use by a running portal")).count())
                    .isEqualTo(1);
            assertThat(lockedList.out()).isEmpty();
        }

        Run partner = run(env, "partner", "create", "--name", "Second Reseller", "--email", "billing@second.example");
        assertThat(partner.exit()).as(partner.err()).isZero();
        assertThat(partner.lastLine()).startsWith("psp_").doesNotContain(" ");
        Run support = run(env, "support-key", "create");
        assertThat(support.exit()).isZero();
        assertThat(support.lastLine()).startsWith("psp_");
        Run partners = run(env, "partner", "list");
        assertThat(partners.exit()).isZero();
        assertThat(partners.out()).hasSize(3).anySatisfy(l -> assertThat(l).contains("\tSecond Reseller\t"));
        Run noDeadEmails = run(env, "emails", "dead");
        assertThat(noDeadEmails.out()).containsExactly("No dead emails.");

        try (Server again = new Server(env)) {
            assertThat(again.stdout()).doesNotContain("Demo partner API key");
            assertThat(again.get("/api/v1/billing-accounts", demoKey).get("items")).hasSize(2);
            assertThat(again.get("/api/v1/billing-accounts", partner.lastLine()).get("items")).isEmpty();
        }
    }

    private String post(Server server, String path, String key, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.body();
    }

    @Test
    void theEmbeddedDatabaseIsBackedUpWhileServingAndRestoredIntoAFreshDataDirectory() throws Exception {
        Map<String, String> env = Map.of();
        Path backup = data.resolve("backups/portal-1.zip");
        Files.createDirectories(backup.getParent());
        String demoKey;
        try (Server server = new Server(env)) {
            demoKey = server.stdout().lines().filter(l -> l.startsWith("Demo partner API key: ")).findFirst()
                    .orElseThrow().substring("Demo partner API key: ".length());
            post(server, "/api/v1/billing-accounts", demoKey, "{\"name\":\"Before the backup\"}");

            Run backedUp = run(env, "backup", "--to", "backups/portal-1.zip");
            assertThat(backedUp.exit()).as(backedUp.err()).isZero();
            assertThat(backedUp.lastLine()).startsWith("Backed up the running portal's database to " + backup);
            assertThat(backup).isRegularFile();
            assertThat(mode(backup)).as("S3: a backup is its owner's alone").isEqualTo("rw-------");
            Run again = run(env, "backup", "--to", "backups/portal-1.zip");
            assertThat(again.exit()).isEqualTo(1);
            assertThat(again.err().strip()).endsWith("exists already: a backup never overwrites a file.");

            post(server, "/api/v1/billing-accounts", demoKey, "{\"name\":\"After the backup\"}");
            assertThat(server.get("/api/v1/billing-accounts", demoKey).get("items")).hasSize(4);
            // a restore never goes over the running portal's database
            Run overRunning = run(env, "restore", "--from", "backups/portal-1.zip");
            assertThat(overRunning.exit()).isEqualTo(1);
            assertThat(overRunning.err()).contains("already holds a database");
        }
        assertThat(data.resolve("data/" + AdminChannel.SOCKET)).doesNotExist();

        Map<String, String> fresh = Map.of("PORTAL_DATA_DIR", data.resolve("restored").toString());
        Run restored = run(fresh, "restore", "--from", "backups/portal-1.zip");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.lastLine()).startsWith("Restored " + backup + " into " + data.resolve("restored"));
        assertThat(mode(data.resolve("restored"))).isEqualTo("rwx------");
        assertThat(mode(data.resolve("restored/portal.mv.db"))).isEqualTo("rw-------");
        try (Server again = new Server(fresh)) {
            assertThat(again.stdout()).doesNotContain("Demo partner API key");
            List<String> accounts = new ArrayList<>();
            again.get("/api/v1/billing-accounts", demoKey).get("items").forEach(a -> accounts.add(a.get("name").asText()));
            assertThat(accounts).contains("Before the backup").doesNotContain("After the backup").hasSize(3);
        }
        // and with the portal stopped, the command opens the database itself
        Run stopped = run(fresh, "backup", "--to", "backups/portal-2.zip");
        assertThat(stopped.exit()).as(stopped.err()).isZero();
        assertThat(stopped.lastLine()).startsWith("Backed up the database to " + data.resolve("backups/portal-2.zip"));
    }

    @Test
    void postgresModeMigratesFromTheJarAndNeverSeedsDemoData() throws Exception {
        try (LocalPostgres db = new LocalPostgres("portal_app_");
             Server server = new Server(Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres"))) {
            assertThat(server.stdout()).doesNotContain("Demo partner API key").doesNotContain("/dev/mailbox");
            Run key = run(Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres"), "partner", "create",
                    "--name", "PG Reseller", "--email", "billing@pg.example");
            assertThat(key.exit()).as(key.err()).isZero();
            Run backup = run(Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres"), "backup", "--to", "pg.zip");
            assertThat(backup.exit()).isEqualTo(1);
            assertThat(backup.err().strip()).isEqualTo(AdminCommands.POSTGRES_BACKUPS);
            assertThat(data.resolve("pg.zip")).doesNotExist();
            assertThat(server.get("/api/v1/subscriptions", key.lastLine()).get("items")).isEmpty();
        }
    }

    @Test
    void theBuildWritesTheJarsBillOfMaterialsBesideIt() throws Exception {
        Path sbom = JAR.resolveSibling("partner-portal.cdx.json");
        assertThat(sbom).exists();
        JsonNode bom = JSON.readTree(sbom.toFile());
        assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
        Map<String, String> components = new java.util.HashMap<>();
        bom.get("components").forEach(c -> components.put(c.get("group").asText() + ":" + c.get("name").asText(),
                c.get("version").asText()));
        // the main libraries the jar bundles, each with its version, and a class of each inside the jar
        Map<String, String> bundled = Map.of(
                "io.javalin:javalin", "io/javalin/Javalin.class",
                "com.h2database:h2", "org/h2/Driver.class",
                "org.postgresql:postgresql", "org/postgresql/Driver.class",
                "org.eclipse.persistence:org.eclipse.persistence.jpa",
                "org/eclipse/persistence/jpa/PersistenceProvider.class",
                "com.zaxxer:HikariCP", "com/zaxxer/hikari/HikariDataSource.class",
                "org.flywaydb:flyway-core", "org/flywaydb/core/Flyway.class",
                "com.google.inject:guice", "com/google/inject/Guice.class",
                "org.eclipse.angus:angus-mail", "org/eclipse/angus/mail/smtp/SMTPTransport.class",
                "io.partnerportal:core", "io/partnerportal/core/Core.class");
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            bundled.forEach((component, aClass) -> {
                assertThat(components).as(component).containsKey(component);
                assertThat(components.get(component)).as(component).isNotBlank();
                assertThat(jar.getEntry(aClass)).as(aClass).isNotNull();
            });
        }
        // test libraries are not shipped, so they are not listed
        assertThat(components.keySet()).noneMatch(c -> c.startsWith("org.junit") || c.startsWith("org.assertj")
                || c.startsWith("com.icegreen"));
    }

    private static String mode(Path p) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The local addresses of the sockets listening on {@code port}, read from the kernel's tables
     * ({@code /proc/net/tcp} and {@code tcp6}) as {@code ss -ltn} shows them: nothing is sent anywhere.
     */
    static Set<String> listeningAddresses(int port) throws IOException {
        Set<String> addresses = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.strip().split("\\s+");
                String[] local = f[1].split(":");
                if (!f[3].equals("0A") || Integer.parseInt(local[1], 16) != port) {
                    continue;                                      // 0A: LISTEN
                }
                byte[] bytes = new byte[local[0].length() / 2];
                for (int word = 0; word < bytes.length / 4; word++) {
                    for (int b = 0; b < 4; b++) {                  // each 32-bit word is in host (little-endian) order
                        bytes[word * 4 + b] = (byte) Integer.parseInt(local[0].substring(word * 8 + (3 - b) * 2,
                                word * 8 + (3 - b) * 2 + 2), 16);
                    }
                }
                addresses.add(java.net.InetAddress.getByAddress(bytes).getHostAddress());
            }
        }
        return addresses;
    }

    /** S9: the jar bundles no library at a version with a known advisory: Logback ≥ 1.5.36, Guava ≥ 33. */
    @Test
    void S9_theJarBundlesLogbackAndGuavaAtVersionsWithoutKnownAdvisories() throws Exception {
        JsonNode bom = JSON.readTree(JAR.resolveSibling("partner-portal.cdx.json").toFile());
        Map<String, String> components = new java.util.HashMap<>();
        bom.get("components").forEach(c -> components.put(c.get("group").asText() + ":" + c.get("name").asText(),
                c.get("version").asText()));
        assertThat(version(components.get("ch.qos.logback:logback-classic"))).isGreaterThanOrEqualTo(1_005_036);
        assertThat(version(components.get("ch.qos.logback:logback-core"))).isGreaterThanOrEqualTo(1_005_036);
        assertThat(version(components.get("com.google.guava:guava"))).as("Guice's Guava")
                .isGreaterThanOrEqualTo(33_000_000);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            // the bundled Guava is the pinned one: its pom.properties is in the jar
            String pom = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/maven/com.google.guava/guava/pom.properties")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pom).contains("version=" + components.get("com.google.guava:guava"));
        }
    }

    /** {@code 1.5.38} or {@code 33.7.1-jre} as one number that orders versions: 1,005,038 and 33,007,001. */
    private static long version(String text) {
        assertThat(text).as("listed in the bill of materials").isNotNull();
        String[] parts = text.split("[.-]");
        return Long.parseLong(parts[0]) * 1_000_000 + Long.parseLong(parts[1]) * 1_000
                + (parts.length > 2 && parts[2].matches("\\d+") ? Long.parseLong(parts[2]) : 0);
    }

    @Test
    void aBadConfigurationStopsWithOneLineNamingTheKey() throws Exception {
        Run bad = run(Map.of("PORTAL_PORT", "seventy"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("Configuration error: PORTAL_PORT: a whole number from 0 to 65535"
                + " (got 'seventy')");
        Run help = run(Map.of(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(String.join("\n", help.out())).contains("partner create --name NAME --email EMAIL");
        Run version = run(Map.of(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).containsExactly("Partner Subscriptions Portal " + System.getProperty("portal.version")
                + " (commit " + System.getProperty("portal.commit") + ")");
        assertThat(System.getProperty("portal.commit")).as("built from a Git checkout").matches("[0-9a-f]{7,}");
        Run wrong = run(Map.of(), "key", "list", "--partner");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("key list needs --partner ID");
        assertThat(data.resolve("data")).doesNotExist();
    }
}
