package io.partnerportal.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A partner's webhook receiver on 127.0.0.1 (the JDK's HTTP server): keeps every POST, answers as told. */
final class WebhookReceiver implements AutoCloseable {
    /** One POST received. */
    record Hit(String signature, String body, int answered, String traceParent) {
    }

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Queue<Integer> scripted = new ConcurrentLinkedQueue<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Integer next = scripted.poll();
            int status = next == null ? 200 : next;
            hits.add(new Hit(exchange.getRequestHeaders().getFirst("Portal-Signature"), body, status,
                    exchange.getRequestHeaders().getFirst("traceparent")));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next answers, in order; afterwards 200. */
    void answer(Integer... statuses) {
        scripted.addAll(List.of(statuses));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
