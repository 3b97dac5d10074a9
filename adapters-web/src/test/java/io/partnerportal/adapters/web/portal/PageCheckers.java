package io.partnerportal.adapters.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.core.testing.Required;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The page checkers the build fetches from the npm registry: the Nu Html Checker ({@code vnu-jar})
 * and axe-core. {@link #require()} skips the test without them (fails it under {@code CI=true}).
 */
final class PageCheckers {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path TOOLS = Path.of(System.getProperty("portal.browserCheckTools", "target/npm"));
    static final Path VNU = TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    static final Path AXE = TOOLS.resolve("node_modules/axe-core/axe.min.js");

    private final String axe;

    private PageCheckers(String axe) {
        this.axe = axe;
    }

    static PageCheckers require() {
        Required.require(Files.isRegularFile(VNU) && Files.isRegularFile(AXE),
                "The page checkers are missing (" + VNU + ", " + AXE + "); the build installs them with npm");
        try {
            return new PageCheckers(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Nu Html Checker's errors for each page ({@code name → HTML}), in one run over all of them;
     * a page without errors is absent from the answer.
     */
    Map<String, List<String>> htmlErrors(Map<String, String> pages, Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, String> byFile = new LinkedHashMap<>();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", VNU.toString(), "--format", "json", "--errors-only", "--stdout"));
            int i = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = dir.resolve(String.format("%03d-%s.html", i++, page.getKey().replaceAll("[^A-Za-z0-9-]",
                        "_")));
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
                byFile.put(file.toAbsolutePath().toUri().getPath(), page.getKey());
                command.add(file.toString());
            }
            Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!vnu.waitFor(5, TimeUnit.MINUTES)) {
                vnu.destroyForcibly();
                throw new AssertionError("the Nu Html Checker did not finish");
            }
            Map<String, List<String>> errors = new LinkedHashMap<>();
            JsonNode report = JSON.readTree(out.substring(out.indexOf('{')));
            for (JsonNode m : report.path("messages")) {
                String url = m.path("url").asText();
                String page = byFile.getOrDefault(url.replaceFirst("^file:", ""), url);
                errors.computeIfAbsent(page, k -> new ArrayList<>()).add("line " + m.path("lastLine").asText()
                        + ": " + m.path("message").asText() + " [" + m.path("extract").asText("").strip() + "]");
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** axe-core's serious and critical violations on the page shown, each with where it is. */
    List<String> seriousAccessibilityViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done('axe failed: ' + e));");
        String text = String.valueOf(result);
        if (text.startsWith("axe failed")) {
            throw new AssertionError(text);
        }
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(text)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> where = new ArrayList<>();
                    v.path("nodes").forEach(n -> where.add(n.path("target").toString()));
                    serious.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " at " + where);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }
}
