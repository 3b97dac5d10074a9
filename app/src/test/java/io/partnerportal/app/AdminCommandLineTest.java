package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.adapters.persistence.PersistenceSettings;
import io.partnerportal.adapters.persistence.PersistentStore;
import io.partnerportal.core.domain.access.ApiKey;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.testing.PortalFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPEC §6.4 admin commands, each run through {@code Main} against an embedded database: what
 * they print, what they change, and that wrong words exit 2 with the usage before any database
 * is opened.
 */
class AdminCommandLineTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run main(String... args) {
        return mainWith(Map.of("PORTAL_DATA_DIR", dir.resolve("data").toString()), args);
    }

    private Run mainWith(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Works on the embedded database the commands use, while no command runs. */
    private void withStore(Consumer<PortalFixture> work) {
        PortalConfig config = PortalConfig.parse(Map.of("PORTAL_DATA_DIR", dir.resolve("data").toString()));
        try (PersistentStore store = PersistentStore.open(new PersistenceSettings(config.dbUrl(), config.dbUser(),
                config.dbPassword(), 2, Duration.ofSeconds(3)))) {
            work.accept(PortalFixture.on("2026-11-23", store.storage()));
        }
    }

    private static String keyId(String plaintext) {
        return ApiKey.idOf(plaintext).orElseThrow();
    }

    @Test
    void partnersAndTheirKeysAreListedAndAPartnersLastKeyIsNeverRevoked() {
        Run created = main("partner", "create", "--name", "Example Reseller", "--email", "billing@reseller.example");
        assertThat(created.exit()).as(created.err()).isZero();
        String key = created.lines().get(1);
        String partnerId = created.lines().get(0).replaceAll(".* with id ([0-9a-f-]{36})\\..*", "$1");

        Run partners = main("partner", "list");
        assertThat(partners.exit()).isZero();
        assertThat(partners.lines()).hasSize(2);
        assertThat(partners.lines().get(0)).isEqualTo("ID\tNAME\tCONTACT EMAIL\tCREATED\tACTIVE KEYS");
        assertThat(partners.lines().get(1)).startsWith(partnerId + "\tExample Reseller\tbilling@reseller.example\t")
                .endsWith("\t1");

        Run keys = main("key", "list", "--partner", partnerId);
        assertThat(keys.exit()).isZero();
        assertThat(keys.lines()).hasSize(2);
        assertThat(keys.lines().get(1)).startsWith(keyId(key) + "\tPARTNER\t").endsWith("\t-");
        assertThat(keys.out()).doesNotContain(key);

        Run last = main("key", "revoke", keyId(key));
        assertThat(last.exit()).isEqualTo(1);
        assertThat(last.err().strip()).contains("last active key").contains(keyId(key));
        assertThat(last.out()).isEmpty();

        // with a second key the first can go; a revoked key no longer authenticates
        withStore(fx -> {
            ApiKey.Issued second = ApiKey.issue(ApiKey.Kind.PARTNER, PartnerId.parse(partnerId), fx.clock.instant());
            fx.storage.unitOfWork().run(() -> fx.storage.apiKeys().add(second.key()));
        });
        Run revoked = main("key", "revoke", keyId(key));
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        assertThat(revoked.out().strip()).isEqualTo("API key " + keyId(key) + " revoked.");
        assertThat(main("key", "revoke", keyId(key)).out()).contains("was already revoked at");
        withStore(fx -> assertThat(fx.core.apiAuthentication().authenticate(key)).isEmpty());
        assertThat(main("key", "list", "--partner", partnerId).lines()).hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith(keyId(key)).doesNotEndWith("\t-"));

        Run unknownPartner = main("key", "list", "--partner", "5f0c8a43-0000-4000-8000-000000000000");
        assertThat(unknownPartner.exit()).isEqualTo(1);
        assertThat(unknownPartner.err()).contains("not found");
        assertThat(main("key", "list", "--partner", "nope").err()).contains("partner");
    }

    @Test
    void supportKeysAreCreatedAndRevokedAndTheTwoKindsAreNotMixedUp() {
        Run created = main("support-key", "create");
        assertThat(created.exit()).isZero();
        String key = created.lines().get(created.lines().size() - 1);
        Run partner = main("partner", "create", "--name", "R", "--email", "r@example.com");
        String partnerKey = partner.lines().get(1);

        Run wrongKind = main("key", "revoke", keyId(key));
        assertThat(wrongKind.exit()).isEqualTo(1);
        assertThat(wrongKind.err()).contains("support-key revoke");
        assertThat(main("support-key", "revoke", keyId(partnerKey)).err()).contains("key revoke");
        assertThat(main("support-key", "revoke", "missingkey").exit()).isEqualTo(1);

        Run revoked = main("support-key", "revoke", keyId(key));
        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out().strip()).isEqualTo("Support key " + keyId(key) + " revoked.");
        withStore(fx -> {
            assertThat(fx.core.apiAuthentication().authenticate(key)).isEmpty();
            assertThat(fx.core.apiAuthentication().authenticate(partnerKey)).isPresent();
        });
    }

    @Test
    void deadEmailsAreListedAndRequeuedByIdOrAllAndAWrongIdChangesNothing() {
        assertThat(main("emails", "dead").out().strip()).isEqualTo("No dead emails.");
        long[] dead = new long[2];
        withStore(fx -> {
            PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
            fx.order(partner, fx.account(partner, "Main"), "jira").site("acme").contact("gone@example.jp").place();
            fx.mail.behave(e -> new NotificationSender.Result.PermanentFailure("550 5.1.1 no such user"));
            fx.deliverAll();
            List<NotificationOutbox.Entry> rows = fx.storage.outbox().forRecipient(
                    io.partnerportal.core.domain.party.EmailAddress.parse("gone@example.jp"));
            dead[0] = rows.get(0).id();
            dead[1] = rows.get(1).id();
        });

        Run listed = main("emails", "dead", "--limit", "1");
        assertThat(listed.exit()).isZero();
        assertThat(listed.lines()).hasSize(2);
        assertThat(listed.lines().get(0)).isEqualTo("ID\tTYPE\tRECIPIENT\tATTEMPTS\tDIED AT\tLAST ERROR");
        assertThat(listed.lines().get(1)).startsWith(dead[1] + "\tPRODUCT_ORDERED\tgone@example.jp\t1\t")
                .endsWith("\t550 5.1.1 no such user");
        assertThat(main("emails", "dead").lines()).hasSize(3);

        Run wrong = main("emails", "requeue", Long.toString(dead[0]), "999999");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("ids: 999999: no such email");
        assertThat(main("emails", "dead").lines()).hasSize(3);

        Run one = main("emails", "requeue", Long.toString(dead[0]));
        assertThat(one.exit()).isZero();
        assertThat(one.out()).startsWith("Requeued 1 email;");
        assertThat(main("emails", "dead").lines()).hasSize(2);
        Run all = main("emails", "requeue", "--all-dead");
        assertThat(all.out()).startsWith("Requeued 1 email;");
        assertThat(main("emails", "dead").out().strip()).isEqualTo("No dead emails.");
        assertThat(main("emails", "requeue", "--all-dead").out().strip()).isEqualTo("No dead emails to requeue.");
        withStore(fx -> assertThat(fx.core.notificationDelivery().status().pending()).isEqualTo(2));
    }

    @Test
    void wrongWordsOrOptionsExit2WithTheUsageAndOpenNoDatabase() {
        Map<List<String>, String> wrong = Map.of(
                List.of("partner", "list", "--verbose"), "Unknown option: '--verbose'",
                List.of("partner", "create", "--name", "--email", "x@example.com"), "partner create needs --name NAME",
                List.of("key", "revoke"), "key revoke needs ID",
                List.of("key"), "key needs a command: list, revoke",
                List.of("emails", "dead", "--limit", "0"), "--limit must be a whole number from 1 to 1000",
                List.of("emails", "dead", "--limit", "many"), "Invalid value for option '--limit'",
                List.of("emails", "requeue"), "emails requeue needs ID... or --all-dead",
                List.of("emails", "requeue", "3", "--all-dead"), "IDs or --all-dead, not both",
                List.of("emails", "requeue", "three"), "'three'",
                List.of("help", "nosuch"), "Unknown subcommand 'nosuch'");
        wrong.forEach((words, message) -> {
            Run run = main(words.toArray(String[]::new));
            assertThat(run.exit()).as("%s", words).isEqualTo(2);
            assertThat(run.err()).as("%s", words).contains(message);
            assertThat(run.out()).as("%s", words).isEmpty();
        });
        Run option = main("partner", "list", "--verbose");
        assertThat(option.err()).contains("Usage: java -jar partner-portal.jar partner list");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void versionAndHelpPrintWithoutOpeningAnything() {
        Run version = main("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip())
                .matches("Partner Subscriptions Portal \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,}|unknown)\\)");
        Run help = main("help", "emails");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: java -jar partner-portal.jar emails").contains("dead").contains("requeue");
        Run subHelp = main("emails", "requeue", "--help");
        assertThat(subHelp.exit()).isZero();
        assertThat(subHelp.out()).contains("--all-dead");
        Run top = main("--help");
        assertThat(top.out()).contains(AdminCommandLine.COMMAND_LIST.strip()).contains("--config");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void anArgumentFileIsNeverExpanded() {
        assertThat(AdminCommands.parse(List.of("partner", "create", "--name", "@/etc/hostname", "--email", "a@example.com")))
                .isEqualTo(new AdminCommands.CreatePartner("@/etc/hostname", "a@example.com"));
        assertThat(AdminCommands.parse(List.of("emails", "requeue", "7", "7", "8")))
                .isEqualTo(new AdminCommands.RequeueEmails(List.of(7L, 7L, 8L)));
        assertThat(AdminCommands.parse(List.of("emails", "dead"))).isEqualTo(new AdminCommands.DeadEmails(50));
    }

    @Test
    void aStoppedPortalsDatabaseIsBackedUpAndRestoredOnlyWhereNoneIs() {
        String key = main("partner", "create", "--name", "Kept", "--email", "kept@example.com").lines().get(1);
        Path zip = dir.resolve("kept.zip");
        Run backup = main("backup", "--to", zip.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out().strip()).startsWith("Backed up the database to " + zip);
        assertThat(main("backup", "--to", zip.toString()).exit()).isEqualTo(1);

        Run overExisting = main("restore", "--from", zip.toString());
        assertThat(overExisting.exit()).isEqualTo(1);
        assertThat(overExisting.err()).contains("already holds a database");

        Map<String, String> elsewhere = Map.of("PORTAL_DATA_DIR", dir.resolve("elsewhere").toString());
        assertThat(mainWith(elsewhere, "restore", "--from", dir.resolve("missing.zip").toString()).err())
                .contains("No backup file");
        Run restored = mainWith(elsewhere, "restore", "--from", zip.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(mainWith(elsewhere, "partner", "list").out()).contains("\tKept\tkept@example.com\t");
        assertThat(mainWith(elsewhere, "key", "list", "--partner", main("partner", "list").lines().get(1)
                .split("\t")[0]).out()).contains(keyId(key));
    }

    @Test
    void S5_aCraftedBackupIsRefusedInOneLineNamingItsEntryWithExit1AndNothingWritten() throws Exception {
        Path crafted = dir.resolve("crafted.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(java.nio.file.Files
                .newOutputStream(crafted))) {
            z.putNextEntry(new java.util.zip.ZipEntry("../../outside.txt"));
            z.write("written outside".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path target = dir.resolve("restored");
        Run run = mainWith(Map.of("PORTAL_DATA_DIR", target.toString()), "restore", "--from", crafted.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .contains("'../../outside.txt'").contains("leads out of the data directory");
        assertThat(run.out()).isEmpty();
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("outside.txt")).doesNotExist();
        assertThat(dir.getParent().resolve("outside.txt")).doesNotExist();
    }

    @Test
    void onPostgresqlBackupAndRestoreSayToUseItsOwnToolsAndConnectToNothing() {
        Map<String, String> postgres = Map.of("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/none");
        for (String[] words : List.of(new String[] {"backup", "--to", dir.resolve("pg.zip").toString()},
                new String[] {"restore", "--from", dir.resolve("pg.zip").toString()})) {
            Run run = mainWith(postgres, words);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo(AdminCommands.POSTGRES_BACKUPS);
        }
        assertThat(dir.resolve("pg.zip")).doesNotExist();
        Run missing = main("backup");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("backup needs --to FILE");
    }

    @Test
    void O2_migrateAppliesTheSchemasMigrationsAloneAndSaysWhenThereIsNothingToDo() {
        Run first = main("migrate");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.lines()).containsExactly(
                "Migrated the schema from an empty database to version 26 (26 migrations).");
        Run again = main("migrate");
        assertThat(again.exit()).isZero();
        assertThat(again.lines()).containsExactly("The schema is at version 26 already: nothing to migrate.");
        withStore(fx -> assertThat(fx.core.administration().listPartners()).as("nothing seeded").isEmpty());

        Run wrong = main("migrate", "--now");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("Unknown option: '--now'").contains("Usage: java -jar partner-portal.jar migrate");
    }
}
