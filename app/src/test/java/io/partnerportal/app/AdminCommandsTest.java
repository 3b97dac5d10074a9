package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.KeyRevoked;
import io.partnerportal.core.operations.Administration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin commands: words are checked before the database is opened; keys go alone on the last line. */
class AdminCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return Main.run(args, Map.of("PORTAL_DATA_DIR", dir.resolve("data").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMistypedCommandPrintsTheUsageAndLeavesNoDatabaseBehind() {
        assertThat(main("partner", "craete", "--name", "Late", "--email", "late@example.com")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Unknown command: partner craete --name Late")
                .contains(AdminCommands.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void partnerCreateWithoutAnEmailSaysWhatItNeedsAndLeavesNoDatabaseBehind() {
        assertThat(main("partner", "create", "--name", "Late")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("partner create needs --name NAME and --email EMAIL");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void theWordsParseIntoTheCommandTheyName() {
        assertThat(AdminCommands.parse(List.of("partner", "create", "--email", "b@example.com", "--name", "Reseller")))
                .isEqualTo(new AdminCommands.CreatePartner("Reseller", "b@example.com"));
        assertThat(AdminCommands.parse(List.of("support-key", "create")))
                .isEqualTo(new AdminCommands.CreateSupportKey());
        for (List<String> bad : List.of(List.of("partner"), List.of("partner", "create", "--name", "A", "--email"),
                List.of("partner", "create", "--name", "A", "--email", "a@example.com", "extra"),
                List.of("support-key"), List.of("support-key", "create", "now"), List.of("serve"))) {
            assertThat(AdminCommands.parse(bad)).as("%s", bad).isInstanceOf(AdminCommands.Refused.class);
        }
    }

    @Test
    void eachCommandPrintsTheNewKeyAloneOnTheLastLine() {
        Administration administration = new Administration() {
            @Override
            public PartnerCreated createPartner(CreatePartner command) {
                return new PartnerCreated("p-1", command.name(), "psp_partner");
            }

            @Override
            public String createSupportKey() {
                return "psp_support";
            }

            @Override
            public List<PartnerSummary> listPartners() {
                throw new UnsupportedOperationException("not for this test");
            }

            @Override
            public List<KeySummary> listKeys(String partnerId) {
                throw new UnsupportedOperationException("not for this test");
            }

            @Override
            public KeyRevoked revokeKey(String keyId) {
                throw new UnsupportedOperationException("not for this test");
            }

            @Override
            public KeyRevoked revokeSupportKey(String keyId) {
                throw new UnsupportedOperationException("not for this test");
            }
        };
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        new AdminCommands.CreatePartner("Reseller", "b@example.com").run(administration, print);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("Partner Reseller created with id p-1. Its API key:", "psp_partner");
        out.reset();
        new AdminCommands.CreateSupportKey().run(administration, print);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("Support key created:", "psp_support");
    }
}
