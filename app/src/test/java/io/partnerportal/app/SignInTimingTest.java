package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.testing.LocalPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6.5: asking for a sign-in link answers a known and an unknown email alike, in time too,
 * through the real wiring on PostgreSQL: the same page, and medians of 200 requests each within
 * 10 % of each other.
 */
class SignInTimingTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final int WARM_UP = 50;
    private static final int SAMPLES = 200;

    private record Answer(int status, String location, long nanos) {
    }

    @Test
    void aKnownAndAnUnknownEmailGetTheSameAnswerInTheSameTime() throws Exception {
        try (LocalPostgres db = new LocalPostgres("portal_signin_")) {
            Map<String, String> env = Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_DATA_DIR", "target/sign-in-timing", "PORTAL_SIGN_IN_ADDRESS_LIMIT", "1000000",
                    "PORTAL_SIGN_IN_EMAIL_LIMIT", "1000000");
            try (RunningPortal portal = new RunningPortal(env)) {
                String key = portal.get(Administration.class).createPartner(new Administration.CreatePartner(
                        "Reseller", "billing@reseller.example")).apiKey();
                String account = portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Main")).json()
                        .get("id").asText();
                assertThat(portal.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account,
                        "product", "jira", "plan", "STANDARD", "billingCycle", "ANNUAL", "userTier", 5,
                        "contacts", List.of(Map.of("email", "known@timing.example", "name", "Known",
                                "locale", "en")))).status()).isEqualTo(201);

                CookieManager cookies = new CookieManager();
                HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(portal.url("/login")))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher token = CSRF.matcher(page.body());
                assertThat(token.find()).isTrue();
                String csrf = token.group(1);

                for (int i = 0; i < WARM_UP; i++) {
                    ask(http, portal, csrf, "known@timing.example");
                    ask(http, portal, csrf, "nobody-" + i + "@timing.example");
                }
                List<Long> known = new ArrayList<>();
                List<Long> unknown = new ArrayList<>();
                Answer first = null;
                for (int i = 0; i < SAMPLES; i++) {
                    Answer k = ask(http, portal, csrf, "known@timing.example");
                    Answer u = ask(http, portal, csrf, "stranger-" + i + "@timing.example");
                    first = first == null ? k : first;
                    assertThat(List.of(k.status(), u.status())).containsOnly(303);
                    assertThat(u.location()).isEqualTo(k.location());
                    known.add(k.nanos());
                    unknown.add(u.nanos());
                }
                assertThat(first.location()).isEqualTo("/login?done=link-sent");
                double mk = median(known);
                double mu = median(unknown);
                assertThat(Math.abs(mk - mu) / Math.max(mk, mu)).as("medians %.0f µs (known) and %.0f µs (unknown)",
                        mk / 1000, mu / 1000).isLessThan(0.10);
            }
        }
    }

    private static Answer ask(HttpClient http, RunningPortal portal, String csrf, String email) throws Exception {
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(""), took);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
