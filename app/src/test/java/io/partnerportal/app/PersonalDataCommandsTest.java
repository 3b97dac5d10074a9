package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.adapters.persistence.PersistenceSettings;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.LocalPostgres;
import io.partnerportal.core.testing.PortalFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code person export} and {@code person erase} (SPEC §6.5) run through {@code Main}, on the
 * embedded database and on PostgreSQL: the JSON printed, the refusal naming the subscription, and
 * what an erasure leaves.
 */
class PersonalDataCommandsTest {

    @Nested
    class OnH2 extends Commands {
        @TempDir
        Path dir;

        @Override
        Map<String, String> environment() {
            return Map.of("PORTAL_DATA_DIR", dir.resolve("data").toString());
        }

        @Test
        void wrongWordsExit2AndOpenNoDatabase() {
            Run missing = run("person", "export");
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err().strip()).isEqualTo("person export needs --email EMAIL");
            assertThat(run("person", "erase", "--email").exit()).isEqualTo(2);
            assertThat(run("person", "forget", "--email", "a@example.com").exit()).isEqualTo(2);
            assertThat(dir.resolve("data")).doesNotExist();
            assertThat(AdminCommands.parse(java.util.List.of("person", "erase", "--email", "a@example.com")))
                    .isEqualTo(new AdminCommands.ErasePerson("a@example.com"));
        }
    }

    @Nested
    class OnPostgres extends Commands {
        private LocalPostgres db;

        @Override
        Map<String, String> environment() {
            if (db == null) {
                db = new LocalPostgres("portal_person_");
            }
            return Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", LocalPostgres.USER,
                    "PORTAL_DATA_DIR", "target/person-commands");
        }

        @org.junit.jupiter.api.AfterEach
        void drop() {
            if (db != null) {
                db.close();
            }
        }
    }

    abstract static class Commands {
        abstract Map<String, String> environment();

        record Run(int exit, String out, String err) {
        }

        Run run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(args, new HashMap<>(environment()), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        void withStore(Consumer<PortalFixture> work) {
            PortalConfig config = PortalConfig.parse(environment());
            try (PersistentStore store = PersistentStore.open(new PersistenceSettings(config.dbUrl(),
                    config.dbUser(), config.dbPassword(), 2, Duration.ofSeconds(3)))) {
                work.accept(PortalFixture.on("2026-11-23", store.storage()));
            }
        }

        @Test
        void aPersonIsExportedAsJsonRefusedWhileTheLastContactThenErased() throws Exception {
            String[] numbers = new String[2];
            withStore(fx -> {
                PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
                String account = fx.account(partner, "Main");
                numbers[0] = fx.order(partner, account, "jira").site("person").contact("ken@example.jp", "健", "ja")
                        .contact("aiko@example.jp").placeOne().entitlementNumber();
                numbers[1] = fx.order(partner, account, "confluence").site("person").contact("ken@example.jp")
                        .placeOne().entitlementNumber();
                fx.deliverAll();
            });

            Run export = run("person", "export", "--email", "Ken@Example.jp");
            assertThat(export.exit()).as(export.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(export.out());
            assertThat(json.at("/profile/email").asText()).isEqualTo("ken@example.jp");
            assertThat(json.at("/profile/name").asText()).isEqualTo("健");
            assertThat(json.at("/profile/erasedAt").isNull()).isTrue();
            assertThat(json.at("/subscriptions")).hasSize(2);
            assertThat(json.at("/subscriptions/0/partner").asText()).isEqualTo("Reseller");
            assertThat(json.at("/emails/0/type").asText()).isEqualTo("WELCOME");
            assertThat(json.at("/emails/0/createdAt").asText()).isEqualTo("2026-11-23T09:00:00Z");
            assertThat(json.has("history") && json.has("sessions") && json.has("signInLinks")).isTrue();

            Run refused = run("person", "erase", "--email", "ken@example.jp");
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err().strip()).isEqualTo("ken@example.jp is the last contact of " + numbers[1]
                    + ", not cancelled; add another contact there before erasing them");
            assertThat(refused.out()).isEmpty();
            JsonNode again = new ObjectMapper().readTree(run("person", "export", "--email", "ken@example.jp").out());
            ((com.fasterxml.jackson.databind.node.ObjectNode) again).remove("exportedAt");
            ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("exportedAt");
            assertThat(again).isEqualTo(json);

            withStore(fx -> fx.partners().assignContact(PartnerOperations.AssignContact.parse(
                    PartnerId.parse(fx.core.administration().listPartners().get(0).id()), numbers[1],
                    "aiko@example.jp", "Aiko", "en")));
            Run erased = run("person", "erase", "--email", "ken@example.jp");
            assertThat(erased.exit()).as(erased.err()).isZero();
            assertThat(erased.out()).startsWith("Erased ken@example.jp; now known as erased-")
                    .contains(numbers[0]).contains(numbers[1]);

            Run gone = run("person", "export", "--email", "ken@example.jp");
            assertThat(gone.exit()).isEqualTo(1);
            assertThat(gone.err().strip()).isEqualTo("Person with email ken@example.jp not found");
            withStore(fx -> {
                assertThat(fx.storage.people().findByEmail(new EmailAddress("ken@example.jp"))).isEmpty();
                assertThat(fx.storage.outbox().forRecipient(new EmailAddress("ken@example.jp"))).isEmpty();
                Person person = fx.storage.people().findByEmail(new EmailAddress(erased.out().lines().findFirst()
                        .orElseThrow().replaceAll(".*now known as (\\S+)\\.$", "$1"))).orElseThrow();
                assertThat(person.isErased()).isTrue();
                assertThat(fx.storage.subscriptions().findAssignedTo(person.id())).isEmpty();
            });
        }
    }
}
