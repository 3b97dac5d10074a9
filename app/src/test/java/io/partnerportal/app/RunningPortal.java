package io.partnerportal.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A portal started through the real wiring (Main's modules and lifecycle), on a free port. */
final class RunningPortal implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final PortalConfig config;
    final Injector injector;
    final PortalLifecycle lifecycle;
    final Optional<String> demoKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningPortal(Map<String, String> environment) {
        this(environment, binder -> { });
    }

    /** With some of Main's bindings replaced (a test's clock, say). */
    RunningPortal(Map<String, String> environment, Module overrides) {
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("PORTAL_PORT", "0");
        env.putIfAbsent("PORTAL_BASE_URL", "http://localhost:7070");
        this.config = PortalConfig.parse(env);
        this.injector = Guice.createInjector(Modules.override(Main.modules(config)).with(overrides));
        this.lifecycle = injector.getInstance(PortalLifecycle.class);
        this.demoKey = lifecycle.start();
    }

    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    String url(String path) {
        return "http://localhost:" + lifecycle.port() + path;
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    Reply call(String method, String path, String key, Object body) {
        return call(method, path, key, body, Map.of());
    }

    /** As {@link #call(String, String, String, Object)}, with more request headers. */
    Reply call(String method, String path, String key, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
            headers.forEach(b::header);
            if (key != null) {
                b.header("Authorization", "Bearer " + key);
            }
            if (body != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        lifecycle.stop();
    }
}
