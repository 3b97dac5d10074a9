package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.testing.Required;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.6: the document a portal serves passes Redocly's lint (its recommended rules) with no
 * error. The build installs Redocly's CLI with npm beside the page checkers; without it the test
 * skips, and fails under {@code CI=true}. Redocly runs with its telemetry and update check off, so
 * it sends nothing anywhere.
 */
class OpenApiLintTest extends ScenarioTest {
    private static final Path TOOLS = Path.of(System.getProperty("portal.browserCheckTools", "target/npm"));
    private static final Path CLI = TOOLS.resolve("node_modules/@redocly/cli/bin/cli.js");

    @Test
    void theServedDocumentHasNoLintError() throws Exception {
        Required.require(Files.isRegularFile(CLI), "Redocly's CLI is missing (" + CLI + "); the build installs it with npm");
        TestApi.Reply served = api.get("/api/v1/openapi.json", null);
        assertThat(served.status()).isEqualTo(200);
        Path dir = Files.createDirectories(Path.of("target", "openapi-lint")).toAbsolutePath();
        Path document = dir.resolve("openapi.json");
        Files.writeString(document, served.body(), StandardCharsets.UTF_8);

        ProcessBuilder lint = new ProcessBuilder("node", CLI.toAbsolutePath().toString(), "lint", "--format", "stylish",
                document.toString()).redirectErrorStream(true).directory(dir.toFile());
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        lint.environment().put("NO_COLOR", "1");
        Process p = lint.start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            p.destroyForcibly();
            throw e;
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the lint finished").isTrue();

        assertThat(out).as(out).contains("validated in").doesNotContainPattern("(?m)^\\s+\\d+:\\d+\\s+error\\s");
        assertThat(p.exitValue()).as(out).isZero();
    }
}
