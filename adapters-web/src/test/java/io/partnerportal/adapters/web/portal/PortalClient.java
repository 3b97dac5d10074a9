package io.partnerportal.adapters.web.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: it keeps the cookies the portal sets (and forgets those it clears),
 * never follows redirects, and reads the CSRF token of the last page's forms.
 */
final class PortalClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final TestPortal portal;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    PortalClient(TestPortal portal) {
        this.portal = portal;
    }

    /** A header sent with every later request ({@code Accept-Language}, {@code Origin}). */
    PortalClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    PortalClient withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    PortalClient cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    PortalClient forget(String name) {
        cookies.remove(name);
        return this;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a page's form the way a browser would: with the token of the page's form that posts to {@code path}. */
    Reply submit(Reply page, String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", page.csrf(path));
        return post(path, form);
    }

    /** Signs in through the emailed link: asks for it (on a sign-in page of its own), opens it, presses the button. */
    Reply signIn(String email) {
        PortalClient asking = portal.client();
        asking.submit(asking.get("/login"), "/login", Map.of("email", email));
        String token = portal.signInToken(email);
        Reply linkPage = get("/login/" + token);
        Reply signedIn = submit(linkPage, "/login/" + token, Map.of());
        if (signedIn.status() != 303 || !"/subscriptions".equals(signedIn.location())) {
            throw new AssertionError("sign-in failed: " + signedIn);
        }
        return signedIn;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create(portal.base + path);
    }

    private Reply send(HttpRequest.Builder b) {
        b.timeout(Duration.ofSeconds(30));
        headers.forEach(b::header);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Reply reply = new Reply(r.statusCode(), r.headers().map(), r.body());
            for (String setCookie : reply.setCookies()) {
                String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
                if (setCookie.contains("Max-Age=0")) {
                    cookies.remove(nameValue[0]);
                } else {
                    cookies.put(nameValue[0], nameValue[1]);
                }
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    record Reply(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        List<String> setCookies() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** The Set-Cookie line of {@code name}, or null. */
        String setCookie(String name) {
            return setCookies().stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
        }

        String location() {
            return header("Location");
        }

        /** The token of the page's form posting to {@code action}, else of its first form. */
        String csrf(String action) {
            int form = body.indexOf("action=\"" + action.replace("&", "&amp;") + "\"");
            Matcher m = CSRF.matcher(body);
            if (form >= 0 && m.find(form)) {
                return m.group(1);
            }
            return csrf();
        }

        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no form token on the page: " + this);
            }
            return m.group(1);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 3000 ? body.substring(0, 3000) + "…" : body);
        }
    }
}
