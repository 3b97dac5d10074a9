package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.testing.LocalPostgres;
import java.io.ByteArrayOutputStream;
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
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * S2 on the real stores: a secret shown once (a new API key, a webhook signing secret) reaches the
 * caller once. The idempotency record holds the answer without it, so a replay - with another key of
 * the same partner - answers the same status and body with the secret left out; no log line, history
 * line, event or delivery holds it, and a backup holds no API key.
 */
class ShownOnceSecretsTest {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @BeforeEach
    void capture() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
    }

    @Test
    void S2_onTheEmbeddedDatabaseNoSecretIsRecordedReplayedOrBackedUp() throws Exception {
        Map<String, String> env = Map.of("PORTAL_DATA_DIR", data.toString(), "PORTAL_WEBHOOK_ALLOW_PRIVATE", "true");
        try (RunningPortal portal = new RunningPortal(env)) {
            List<String> secrets = showSecretsOnce(portal);
            Path backup = data.resolve("backup.zip");
            portal.get(PersistentStore.class).backupTo(backup);
            String unpacked = unpacked(backup);
            assertThat(unpacked).as("the backup holds the database").contains("flyway_schema_history");
            assertThat(unpacked).as("an API key is stored hashed, and no record holds it")
                    .doesNotContain(secretPart(secrets.get(0)));
        }
    }

    @Test
    void S2_onPostgresNoSecretIsRecordedOrReplayed() throws Exception {
        try (LocalPostgres db = new LocalPostgres("portal_secrets_")) {
            Map<String, String> env = Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_DATA_DIR", data.toString(), "PORTAL_WEBHOOK_ALLOW_PRIVATE", "true");
            try (RunningPortal portal = new RunningPortal(env)) {
                showSecretsOnce(portal);
            }
        }
    }

    /** Creates a key, registers an endpoint and rotates its secret, each replayed; answers the secrets shown. */
    private List<String> showSecretsOnce(RunningPortal portal) throws Exception {
        Administration.PartnerCreated partner = portal.get(Administration.class)
                .createPartner(new Administration.CreatePartner("Secretive", "billing@secretive.example"));
        String first = partner.apiKey();
        String second = send(portal, "POST", "/api/v1/api-keys", first, null, "{\"name\":\"second\"}").json()
                .get("key").asText();

        RunningPortal.Reply key = send(portal, "POST", "/api/v1/api-keys", first, "k-1", "{\"name\":\"sync\"}");
        RunningPortal.Reply keyAgain = send(portal, "POST", "/api/v1/api-keys", second, "k-1", "{\"name\":\"sync\"}");
        RunningPortal.Reply endpoint = send(portal, "POST", "/api/v1/webhook-endpoints", first, "k-2",
                "{\"url\":\"http://127.0.0.1:9/hook\"}");
        RunningPortal.Reply endpointAgain = send(portal, "POST", "/api/v1/webhook-endpoints", second, "k-2",
                "{\"url\":\"http://127.0.0.1:9/hook\"}");
        String rotate = "/api/v1/webhook-endpoints/" + endpoint.json().get("id").asText() + "/secret";
        RunningPortal.Reply rotated = send(portal, "POST", rotate, first, "k-3", null);
        RunningPortal.Reply rotatedAgain = send(portal, "POST", rotate, second, "k-3", null);

        List<String> secrets = List.of(key.json().get("key").asText(), endpoint.json().get("secret").asText(),
                rotated.json().get("secret").asText());
        assertThat(key.status()).isEqualTo(201);
        assertThat(secrets).allSatisfy(s -> assertThat(s).matches("(psp|whsec)_.+"));
        for (RunningPortal.Reply[] pair : new RunningPortal.Reply[][]{{key, keyAgain}, {endpoint, endpointAgain},
                {rotated, rotatedAgain}}) {
            assertThat(pair[1].status()).isEqualTo(pair[0].status());
            assertThat(pair[1].header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(pair[1].json().get("id")).isEqualTo(pair[0].json().get("id"));
        }
        assertThat(keyAgain.json().get("key").isNull()).as(keyAgain.body()).isTrue();
        assertThat(endpointAgain.json().get("secret").isNull()).isTrue();
        assertThat(rotatedAgain.json().get("secret").isNull()).isTrue();

        String stored = tables(portal, "SELECT response_body FROM idempotency_record",
                "SELECT * FROM subscription_history", "SELECT body FROM partner_event",
                "SELECT last_error FROM webhook_delivery");
        assertThat(stored).as("the recorded answers are there").contains(key.json().get("id").asText());
        String logged = String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        for (String secret : secrets) {
            assertThat(stored).doesNotContain(secretPart(secret));
            assertThat(logged).doesNotContain(secretPart(secret));
            assertThat(keyAgain.body() + endpointAgain.body() + rotatedAgain.body()).doesNotContain(secretPart(secret));
        }
        return secrets;
    }

    private RunningPortal.Reply send(RunningPortal portal, String method, String path, String apiKey,
                                     String idempotencyKey, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Authorization", "Bearer " + apiKey)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new RunningPortal.Reply(r.statusCode(), r.body(), r.headers());
    }

    /** Every value the statements read, as one text (the embedded file is shared within this process). */
    private static String tables(RunningPortal portal, String... queries) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(portal.config.dbUrl(), portal.config.dbUser(),
                portal.config.dbPassword() == null ? "" : portal.config.dbPassword());
             Statement st = c.createStatement()) {
            for (String q : queries) {
                try (ResultSet rs = st.executeQuery(q)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            all.append(rs.getString(i)).append('\n');
                        }
                    }
                }
            }
        }
        return all.toString();
    }

    /** What is secret in {@code psp_<id>_<secret>} or {@code whsec_<secret>}. */
    private static String secretPart(String secret) {
        // the secret itself may hold '_' (base64url): cut the prefix, never at the last '_'
        return secret.startsWith("whsec_") ? secret.substring("whsec_".length())
                : secret.substring(secret.indexOf('_', "psp_".length()) + 1);
    }

    private static String unpacked(Path zip) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                in.transferTo(bytes);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
