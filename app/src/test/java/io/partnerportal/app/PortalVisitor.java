package io.partnerportal.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the customer portal's pages over HTTP, as a browser without JavaScript would:
 * cookies kept, redirects followed, each form posted with the CSRF token of the page it is on.
 */
final class PortalVisitor {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    static final Pattern SIGN_IN_LINK = Pattern.compile("/login/([A-Za-z0-9_-]{43})");
    private final String base;
    final CookieManager cookies;
    private final HttpClient http;

    PortalVisitor(String base) {
        this(base, new CookieManager());
    }

    /** A visitor on another instance, with the same browser cookies. */
    PortalVisitor(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Page(int status, String uri, String html) {
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form of the page at {@code from} to {@code action}. */
    Page submit(String from, String action, Map<String, String> fields) {
        Matcher m = CSRF.matcher(get(from).html());
        if (!m.find()) {
            throw new IllegalStateException(from + " has no form token");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf", m.group(1));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Asks for a sign-in link, reads it in the developer mailbox, opens it and signs in. */
    Page signInThroughTheMailbox(String email) {
        submit("/login", "/login", Map.of("email", email));
        // the delivery loop writes the email within a few seconds
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        Matcher link = SIGN_IN_LINK.matcher(get("/dev/mailbox").html());
        while (!link.find()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no sign-in link in the developer mailbox");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(200));
            link = SIGN_IN_LINK.matcher(get("/dev/mailbox").html());
        }
        String path = "/login/" + link.group(1);
        return submit(path, path, Map.of());
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.uri().getPath(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
