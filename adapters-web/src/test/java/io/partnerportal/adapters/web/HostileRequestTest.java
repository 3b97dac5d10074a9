package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input (SPEC §4): a clear 400 naming the field, 413 or 415, never a 5xx or a stack trace,
 * and nothing changes.
 */
class HostileRequestTest {
    private TestApi api;
    private Scenario s;
    private StorageSnapshot before;

    @BeforeEach
    void start() {
        api = TestApi.start();
        s = new Scenario(api);
        before = s.snapshot();
    }

    @AfterEach
    void nothingChangedAndNoStackTrace() {
        assertThat(s.snapshot()).isEqualTo(before);
        api.close();
    }

    private String order(String userTier, String extra) {
        return "{\"billingAccountId\":\"" + s.account + "\",\"product\":\"jira\",\"plan\":\"STANDARD\","
                + "\"billingCycle\":\"ANNUAL\",\"userTier\":" + userTier + ",\"siteUrl\":\"acme\","
                + "\"contacts\":[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"}]" + extra + "}";
    }

    private TestApi.Reply postOrder(String json) {
        return api.post("/api/v1/orders", s.key(), json);
    }

    static void assertProblem(TestApi.Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(OrdersApiTest.names(r.json())).startsWith("type", "title", "status", "detail", "code");
        assertThat(r.json().path("requestId").asText()).as("A3: the problem names its request")
                .isEqualTo(r.header("X-Request-Id")).isNotBlank();
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertNoStackTrace(r.body());
    }

    static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", "at io.", "at java.", "java.lang", "com.fasterxml",
                "io.javalin", "org.eclipse");
    }

    @ParameterizedTest(name = "userTier {0}")
    @CsvSource(delimiter = '|', value = {"\"5\"", "5.5", "5.0", "true", "[5]", "{}", "99999999999", "1e3"})
    void aUserTierThatIsNotAWholeNumberIsRefusedNamingUserTier(String value) {
        TestApi.Reply r = postOrder(order(value, ""));

        assertProblem(r, 400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.fields()).containsExactly("userTier");
    }

    @Test
    void aNumberWhereAStringBelongsIsRefused() {
        TestApi.Reply r = postOrder(order("50", "").replace("\"plan\":\"STANDARD\"", "\"plan\":5"));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("plan");
        assertThat(r.json().path("errors").get(0).path("message").asText()).isEqualTo("must be a string");
    }

    @Test
    void aStringWhereABooleanBelongsIsRefused() {
        api.post(Scenario.subscription(s.jira) + "/cancellation", s.key(), "{\"when\":\"IMMEDIATE\"}");
        before = s.snapshot();

        TestApi.Reply r = api.post("/api/v1/support/subscriptions/" + s.jira.entitlementNumber() + "/reactivation",
                api.supportKey(), "{\"includeApps\":\"true\"}");

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("includeApps");
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        TestApi.Reply r = postOrder(order("50", ",\"coupon\":\"FREE\""));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("coupon");
        assertThat(r.json().path("errors").get(0).path("message").asText()).startsWith("is not a known field");
    }

    @Test
    void anUnknownNestedFieldIsRefusedWithItsPath() {
        TestApi.Reply r = postOrder(order("50", "").replace("\"locale\":\"ja\"", "\"locale\":\"ja\",\"phone\":\"1\""));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("contacts[0].phone");
    }

    @Test
    void aWrongTypeInsideAnArrayIsRefusedWithItsPath() {
        TestApi.Reply r = postOrder(order("50", "").replace("\"email\":\"ken@example.jp\"", "\"email\":7"));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("contacts[0].email");
    }

    @Test
    void aDuplicateKeyIsRefusedNamingIt() {
        TestApi.Reply r = postOrder(order("50", ",\"plan\":\"FREE\""));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("plan");
        assertThat(r.json().path("errors").get(0).path("message").asText()).contains("twice");
    }

    @Test
    void aDuplicateNestedKeyIsRefusedWithItsPath() {
        TestApi.Reply r = postOrder(order("50", "").replace("\"name\":\"Ken\"", "\"name\":\"Ken\",\"name\":\"Kenji\""));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("contacts[0].name");
    }

    @Test
    void aNullInsideAnArrayIsRefusedWithItsPath() {
        TestApi.Reply r = postOrder(order("50", "").replace("\"contacts\":[", "\"contacts\":[null,"));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("contacts[0]");
    }

    @Test
    void anObjectWhereAnArrayBelongsIsRefused() {
        TestApi.Reply r = postOrder(order("50", ",\"hostEntitlementNumbers\":{}"));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("hostEntitlementNumbers");
        assertThat(r.json().path("errors").get(0).path("message").asText()).isEqualTo("must be an array");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed|{\"product\": }",
            "truncated|{\"product\":\"jira\"",
            "trailing object|{} {}",
            "trailing garbage|{\"product\":\"jira\"} x",
            "an array|[]",
            "a string|\"order\"",
            "null|null",
            "not JSON at all|<order/>"})
    void aBodyThatIsNotOneJsonObjectIsRefusedAsABody(String what, String body) {
        TestApi.Reply r = postOrder(body);

        assertProblem(r, 400);
        assertThat(r.fields()).as(r.toString()).containsExactly("body");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = order("50", "").replace("Ken\"", "K\u00e9n\"").getBytes(StandardCharsets.ISO_8859_1);

        TestApi.Reply r = api.request("POST", "/api/v1/orders").key(s.key()).body(body, "application/json").send();

        assertProblem(r, 400);
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        TestApi.Reply r = postOrder(order("50", ",\"x\":" + deep));

        assertProblem(r, 400);
    }

    @Test
    void aBodyOver1MiBIs413() {
        byte[] big = new byte[(int) RequestReader.MAX_BODY_BYTES + 1];
        Arrays.fill(big, (byte) ' ');

        TestApi.Reply r = api.request("POST", "/api/v1/orders").key(s.key()).body(big, "application/json").send();

        assertProblem(r, 413);
        assertThat(r.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aStreamedBodyOver1MiBWithoutContentLengthIs413() throws Exception {
        byte[] big = new byte[2 * (int) RequestReader.MAX_BODY_BYTES];
        Arrays.fill(big, (byte) ' ');
        URI orders = URI.create("http://localhost:" + api.app.port() + "/api/v1/orders");
        HttpRequest request = HttpRequest.newBuilder(orders)
                .header("Authorization", "Bearer " + s.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"text/plain", "application/x-www-form-urlencoded", "application/xml",
            "application/json; charset=ISO-8859-1", "application/jsonp"})
    void aBodyThatIsNotSentAsJsonIs415(String contentType) {
        byte[] body = order("50", "").getBytes(StandardCharsets.UTF_8);

        TestApi.Reply r = api.request("POST", "/api/v1/orders").key(s.key()).body(body, contentType).send();

        assertProblem(r, 415);
        assertThat(r.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        byte[] body = order("50", "").getBytes(StandardCharsets.UTF_8);

        TestApi.Reply r = api.request("POST", "/api/v1/orders").key(s.key()).body(body, null).send();

        assertProblem(r, 415);
    }

    @Test
    void jsonWithAUtf8CharsetIsAccepted() {
        byte[] body = order("50", "").replace("acme", "fresh").getBytes(StandardCharsets.UTF_8);

        TestApi.Reply r = api.request("POST", "/api/v1/orders").key(s.key())
                .body(body, "application/json; charset=UTF-8").send();

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        before = s.snapshot();
    }

    @Test
    void aBadEntitlementNumberInThePathIsRefusedNamingIt() {
        TestApi.Reply r = api.get("/api/v1/subscriptions/E-123", s.key());

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("entitlementNumber");
    }

    @Test
    void anUnknownQueryParameterIsRefusedNamingIt() {
        TestApi.Reply r = api.get("/api/v1/subscriptions?sort=desc", s.key());

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("sort");
    }

    @Test
    void aRepeatedQueryParameterIsRefused() {
        TestApi.Reply r = api.get("/api/v1/subscriptions?limit=1&limit=2", s.key());

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("limit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GET /api/v1/subscriptions?status=%zz HTTP/1.1", "GET /api/v1/subscriptions/E-%zz HTTP/1.1",
            "GET /api/v1/subscriptions/%E0%A4%A HTTP/1.1", "GET /api/v1/subscriptions/%00 HTTP/1.1"})
    void aBrokenUrlIsA400WithoutStackTrace(String requestLine) {
        String response = api.raw(requestLine, s.key());

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("X-Content-Type-Options: nosniff").contains("\"status\":400");
        assertNoStackTrace(response);
    }

    @Test
    void aMalformedHeaderIsA400ProblemWithoutStackTrace() {
        String response = api.raw("GET /api/v1/subscriptions HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertNoStackTrace(response);
    }

    @Test
    void lineBreaksInANameThatReachesAnEmailAreRefused() {
        TestApi.Reply r = postOrder(order("50", "")
                .replace("\"name\":\"Ken\"", "\"name\":\"Ken\\r\\nBcc: x@example.com\""));

        assertProblem(r, 400);
        assertThat(r.fields()).containsExactly("contacts[0].name");
    }
}
