package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A portal jar run as an operator runs it — this build's or a previous release's — in its own
 * process on a free port, its output in files of a working directory; and its admin commands.
 */
final class PortalProcess implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Process process;
    final int port;
    final Path out;
    final Path err;

    /** What an admin command printed. */
    record Run(int exit, List<String> out, String err) {
        String lastLine() {
            return out.get(out.size() - 1);
        }
    }

    /** An answer: status and body. */
    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    private PortalProcess(Path jar, Path dir, Map<String, String> env) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> all = new HashMap<>(env);
        all.put("PORTAL_PORT", Integer.toString(port));
        out = Files.createTempFile(dir, "server", ".out");
        err = Files.createTempFile(dir, "server", ".err");
        process = java(jar, dir, all).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Starts {@code jar} in {@code dir} and waits until {@code path} answers 200. */
    static PortalProcess start(Path jar, Path dir, Map<String, String> env, String path) throws Exception {
        PortalProcess p = new PortalProcess(jar, dir, env);
        p.await(() -> p.status(path) == 200, "answers 200 on " + path);
        return p;
    }

    static ProcessBuilder java(Path jar, Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PORTAL_"));
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs an admin command of {@code jar} to its end. */
    static Run run(Path jar, Path dir, Map<String, String> env, String... args) throws Exception {
        Path o = Files.createTempFile(dir, "cmd", ".out");
        Path e = Files.createTempFile(dir, "cmd", ".err");
        Process p = java(jar, dir, env, args).redirectOutput(o.toFile()).redirectError(e.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readAllLines(o, StandardCharsets.UTF_8), Files.readString(e));
    }

    /** Waits up to 60 s for {@code condition}, failing when the process stops first. */
    void await(BooleanSupplier condition, String what) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("the portal stopped: %s", Files.readString(err)).isTrue();
            assertThat(System.nanoTime()).as("the portal never %s", what).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The status of a GET, or -1 when nothing answers. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    Reply call(String method, String path, String key, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + key);
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    String stderr() throws IOException {
        return Files.readString(err);
    }

    /** Stops it with {@code SIGTERM}, as an orchestrator does, and waits for it to exit. */
    @Override
    public void close() throws Exception {
        process.destroy();
        assertThat(process.waitFor(40, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
}
