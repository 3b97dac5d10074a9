package io.partnerportal.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.core.Core;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.testing.PortalFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The partner API on a real Javalin server on a random port, wired to the core's in-memory
 * fixture, called with {@link HttpClient}. Rate limits are out of the way unless a test sets them.
 */
final class TestApi implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final WebSettings.RateLimit UNLIMITED = new WebSettings.RateLimit(1_000_000, Duration.ofSeconds(1));

    final PortalFixture fx;
    final WebApp app;
    final List<String> accessLog = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestApi(PortalFixture fx, WebSettings settings, WebPorts ports) {
        this.fx = fx;
        this.app = WebApp.create(settings, ports, fx.clock, accessLog::add).start();
    }

    static TestApi start() {
        return start(UnaryOperator.identity());
    }

    static TestApi start(UnaryOperator<WebSettings> settings) {
        PortalFixture fx = PortalFixture.on("2026-11-23");
        return new TestApi(fx, settings.apply(defaults()), ports(fx.core));
    }

    /** With ports of the test's own making (e.g. one that fails). */
    static TestApi start(UnaryOperator<WebPorts> ports, UnaryOperator<WebSettings> settings) {
        PortalFixture fx = PortalFixture.on("2026-11-23");
        return new TestApi(fx, settings.apply(defaults()), ports.apply(ports(fx.core)));
    }

    static WebSettings defaults() {
        return new WebSettings(0, URI.create("http://localhost:7070"), UNLIMITED, UNLIMITED);
    }

    static WebPorts ports(Core core) {
        return new WebPorts(core.partnerOperations(), core.supportOperations(), core.apiAuthentication(),
                core.idempotency(), core.customerPortal(), core.signIn(), core.devMailbox(), core.partnerIntegrations());
    }

    @Override
    public void close() {
        app.stop();
    }

    /** A partner of the fixture with its API key. */
    record Partner(PartnerId id, String key) {
    }

    Partner partner(String name) {
        Administration.PartnerCreated p = fx.partner(name);
        return new Partner(PortalFixture.id(p), p.apiKey());
    }

    String supportKey() {
        return fx.core.administration().createSupportKey();
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    Reply get(String path, String key) {
        return request("GET", path).key(key).send();
    }

    Reply post(String path, String key, String json) {
        return request("POST", path).key(key).json(json).send();
    }

    Reply put(String path, String key, String json) {
        return request("PUT", path).key(key).json(json).send();
    }

    Reply delete(String path, String key) {
        return request("DELETE", path).key(key).send();
    }

    /** One HTTP request under construction. */
    final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        String path() {
            return path;
        }

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request key(String apiKey) {
            return apiKey == null ? this : header("Authorization", "Bearer " + apiKey);
        }

        Request idempotencyKey(String key) {
            return header("Idempotency-Key", key);
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Request json(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        Request body(byte[] bytes, String contentType) {
            this.body = bytes;
            return contentType == null ? this : header("Content-Type", contentType);
        }

        /**
         * Sends the headers alone, declaring a body of {@code length} bytes that never follows, on a
         * connection of its own, and reads the answer until the server closes it: how a refusal made
         * on the declared length (413) is read reliably. Sending the whole body instead races the
         * server's close after its early answer, which may reset the connection and lose the answer.
         */
        Reply sendDeclaringLength(long length) {
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + app.port()
                    + "\r\nConnection: close\r\nContent-Length: " + length + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                return parse(socket.getInputStream().readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Reply parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
                int at = 0;
                while (true) {
                    int lineEnd = new String(body, at, body.length - at, StandardCharsets.ISO_8859_1).indexOf("\r\n");
                    int size = Integer.parseInt(new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    joined.write(body, at + lineEnd + 2, size);
                    at += lineEnd + 2 + size + 2;
                }
                body = joined.toByteArray();
            }
            return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        Reply send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.headers().map(), r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A request written byte for byte on a socket, for what {@link HttpClient} refuses to send (a
     * broken percent-encoding). Answers the status line and the rest of the response.
     */
    String raw(String requestLine, String apiKey) {
        return raw(requestLine + "\r\nHost: localhost\r\nAuthorization: Bearer " + apiKey
                + "\r\nConnection: close\r\n\r\n");
    }

    String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back. */
    record Reply(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String code() {
            return json().path("code").asText(null);
        }

        /** The fields a problem's {@code errors} name. */
        List<String> fields() {
            List<String> out = new ArrayList<>();
            json().path("errors").forEach(e -> out.add(e.path("field").asText()));
            return out;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
