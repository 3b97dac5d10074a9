package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.core.testing.Required;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.4 O1: the OCI image the build wrote as a tar ({@code -Pimage}), read as a registry or
 * {@code podman load} reads it: its config runs the jar's main class as a non-root user, exposes
 * 7070 and declares the data volume, and its layers hold that class, the Java runtime and the
 * volume's mount point.
 */
class ContainerImageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("portal.jar", "target/partner-portal.jar"));

    /** One entry of a tar: its name, mode and, when asked for, its bytes. */
    record Entry(String name, int mode, byte[] content) {
    }

    /** The entries of a (ustar) tar stream; the content of those whose name {@code keep} accepts. */
    static List<Entry> entries(InputStream tar, java.util.function.Predicate<String> keep) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String longName = null;
        while (true) {
            byte[] header = tar.readNBytes(512);
            if (header.length < 512 || header[0] == 0) {
                return entries;
            }
            String name = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            long size = Long.parseLong(field(header, 124, 12).strip(), 8);
            int mode = Integer.parseInt(field(header, 100, 8).strip(), 8) & 07777;
            char type = (char) header[156];
            byte[] body = type == 'L' || keep.test(prefix.isEmpty() ? name : prefix + "/" + name)
                    ? tar.readNBytes((int) size) : skip(tar, size);
            tar.skipNBytes((512 - size % 512) % 512);
            if (type == 'L') {
                longName = new String(body, StandardCharsets.UTF_8).replace("\0", "");
                continue;
            }
            if (type == 'x' || type == 'g') {
                continue;
            }
            String full = longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name;
            longName = null;
            entries.add(new Entry(full.startsWith("./") ? full.substring(2) : full, mode, body));
        }
    }

    private static byte[] skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
        return null;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static byte[] blob(Map<String, byte[]> blobs, String digest) {
        return blobs.get("blobs/sha256/" + digest.substring("sha256:".length()));
    }

    @Test
    void O1_theImageRunsTheJarsMainClassAsANonRootUserOnPort7070WithTheDataDirectoryAsAVolume() throws Exception {
        String property = System.getProperty("portal.image");
        Path image = property == null ? null : Path.of(property);
        Required.require(image != null && Files.isRegularFile(image), "no container image: build it with -Pimage "
                + "(mvn -B -Pimage verify, as .ci/run does)");

        Map<String, byte[]> blobs = new HashMap<>();
        try (InputStream in = Files.newInputStream(image)) {
            entries(in, name -> true).forEach(e -> blobs.put(e.name(), e.content()));
        }
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        JsonNode manifest = JSON.readTree(blob(blobs, index.get("manifests").get(0).get("digest").asText()));
        JsonNode config = JSON.readTree(blob(blobs, manifest.get("config").get("digest").asText())).get("config");

        String mainClass;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            mainClass = jar.getManifest().getMainAttributes().getValue("Main-Class");
        }
        assertThat(config.get("User").asText()).isEqualTo("10001:0").doesNotStartWith("0").doesNotStartWith("root");
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        assertThat(entrypoint).startsWith("java").endsWith(mainClass);
        assertThat(mainClass).isEqualTo("io.partnerportal.app.Main");
        assertThat(config.get("ExposedPorts").has("7070/tcp")).isTrue();
        assertThat(config.get("Volumes").has("/data")).isTrue();
        List<String> env = new ArrayList<>();
        config.get("Env").forEach(e -> env.add(e.asText()));
        assertThat(env).contains("PORTAL_DATA_DIR=/data/portal", "PATH=/opt/java/bin:/usr/bin:/bin");
        assertThat(config.get("Labels").get("org.opencontainers.image.revision").asText())
                .isEqualTo(System.getProperty("portal.commit"));

        Map<String, Integer> files = new HashMap<>();
        for (JsonNode layer : manifest.get("layers")) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(
                    blob(blobs, layer.get("digest").asText())))) {
                entries(in, name -> false).forEach(e -> files.put(e.name().replaceAll("/$", ""), e.mode()));
            }
        }
        assertThat(files).containsKey("app/classes/" + mainClass.replace('.', '/') + ".class")
                .containsKey("app/jib-classpath-file");
        assertThat(files.keySet()).anyMatch(f -> f.matches("app/libs/javalin-.*\\.jar"));
        assertThat(files.get("opt/java/bin/java")).as("the runtime's java, executable").isEqualTo(0755);
        assertThat(files).containsKey("lib64/ld-linux-x86-64.so.2").containsKey("lib/x86_64-linux-gnu/libc.so.6");
        assertThat(files.get("data")).as("the volume's mount point, writable by the user's group 0").isEqualTo(0775);
        assertThat(new String(entriesOf(blobs, manifest, "etc/passwd"), StandardCharsets.UTF_8))
                .contains("portal:x:10001:0:");
    }

    /** The bytes of one file of the image's layers (the last layer holding it). */
    private static byte[] entriesOf(Map<String, byte[]> blobs, JsonNode manifest, String file) throws IOException {
        byte[] found = null;
        for (JsonNode layer : manifest.get("layers")) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(
                    blob(blobs, layer.get("digest").asText())))) {
                for (Entry e : entries(in, file::equals)) {
                    if (e.name().equals(file)) {
                        found = e.content();
                    }
                }
            }
        }
        assertThat(found).as(file).isNotNull();
        return found;
    }
}
