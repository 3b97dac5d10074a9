package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * L3: the libraries an embedder depends on are proper artifacts - a module name in the manifest,
 * sources and javadoc beside the jar, and every entry dated by the build's fixed timestamp, so two
 * builds of one commit give the same bytes.
 */
class LibraryArtifactsIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"core, io.partnerportal.core, io/partnerportal/core/Core.class",
            "core-testkit, io.partnerportal.core.testing, io/partnerportal/core/testing/PortalFixture.class"})
    void L3_aLibraryShipsAModuleNameItsSourcesAndItsJavadocBuiltReproducibly(String module, String moduleName,
                                                                             String aClass) throws IOException {
        Path target = Path.of("..", module, "target");
        Path jar = only(target, module + "-", ".jar", "-sources.jar", "-javadoc.jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
            assertThat(file.getEntry(aClass)).isNotNull();
            Instant stamp = Instant.parse("2026-12-07T00:00:00Z");
            assertThat(file.stream().map(JarEntry::getLastModifiedTime).map(t -> t.toInstant()).distinct())
                    .allMatch(t -> Math.abs(t.getEpochSecond() - stamp.getEpochSecond()) <= 2);
        }
        try (JarFile sources = new JarFile(only(target, module + "-", "-sources.jar").toFile())) {
            assertThat(sources.getEntry(aClass.replace(".class", ".java"))).isNotNull();
        }
        try (JarFile javadoc = new JarFile(only(target, module + "-", "-javadoc.jar").toFile())) {
            assertThat(javadoc.getEntry("index.html")).isNotNull();
            assertThat(javadoc.getEntry(aClass.replace(".class", ".html"))).isNotNull();
        }
    }

    /** The one file of {@code dir} named {@code prefix...suffix}, none of the {@code others} endings. */
    private static Path only(Path dir, String prefix, String suffix, String... others) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            var found = files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix)
                        && Stream.of(others).noneMatch(n::endsWith);
            }).toList();
            assertThat(found).as(dir + "/" + prefix + "*" + suffix).hasSize(1);
            return found.get(0);
        }
    }
}
