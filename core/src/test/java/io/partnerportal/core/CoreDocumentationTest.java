package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's public API is documented: {@code javadoc -Xdoclint:all} over its main code reports
 * nothing, so an embedding team reads every port, command, view and rule it may call.
 */
class CoreDocumentationTest {

    @Test
    void javadocWithEveryDoclintCheckFindsNothingToReport(@TempDir Path out) throws IOException {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javadoc.getTask(output, files, diagnostics, null,
                    List.of("-Xdoclint:all", "-Xmaxwarns", "10000", "-quiet", "-d", out.toString()), files
                            .getJavaFileObjectsFromPaths(sources)).call();
            List<String> reported = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
                    .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":"
                            + d.getLineNumber() + " ") + d.getMessage(null))
                    .toList();
            assertThat(reported).isEmpty();
            assertThat(ok).as(output.toString()).isTrue();
        }
    }
}
