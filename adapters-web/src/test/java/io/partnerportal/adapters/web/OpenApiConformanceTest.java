package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.partnerportal.core.domain.error.UnavailableException;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.support.SupportOperations;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document cannot drift from the server: live answers of every route —
 * its success, and its refusals (400, 401, 404, 409, 413, 415, 422, 429, 503) — are checked
 * against the document: the status is declared for the operation, the media type is declared for
 * that status, the headers it declares required are sent, and the body validates against the declared schema
 * with a JSON Schema 2020-12 validator (networknt).
 */
class OpenApiConformanceTest {
    private static final String DOCUMENT = "https://partner-portal.invalid/api/v1/openapi.json";
    private static final String UNKNOWN = "E-AAA-BBB-CCC-DDD";

    private final List<TestApi> servers = new ArrayList<>();
    private JsonNode doc;
    private SchemaRegistry registry;
    /** {@code METHOD template} → the statuses whose answers were checked. */
    private final Map<String, Set<Integer>> checked = new TreeMap<>();

    @AfterEach
    void stop() {
        servers.forEach(TestApi::close);
    }

    private TestApi start(UnaryOperator<WebPorts> ports, UnaryOperator<WebSettings> settings) {
        TestApi api = TestApi.start(ports, settings);
        servers.add(api);
        if (doc == null) {
            TestApi.Reply document = api.get("/api/v1/openapi.json", null);
            doc = document.json();
            registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemas(Map.of(DOCUMENT, document.body())));
        }
        return api;
    }

    @Test
    void everyRoutesSuccessAndRefusalsAreWhatTheDocumentSays() {
        for (EveryRoute route : EveryRoute.all()) {
            TestApi api = start(UnaryOperator.identity(), UnaryOperator.identity());
            Scenario s = new Scenario(api);
            String key = route.key() == EveryRoute.Key.PARTNER ? s.key() : api.supportKey();
            String path = route.path().apply(s);
            String body = route.body() == null ? null : route.body().apply(s);

            conforms(route, api.request(route.method(), path).key(null), body, 401);
            conforms(route, api.request(route.method(), path + "?zzz=1").key(key), body, 400);
            if (path.contains(s.jira.entitlementNumber()) || path.contains(s.confluence.entitlementNumber())) {
                String unknown = path.replace(s.jira.entitlementNumber(), UNKNOWN)
                        .replace(s.confluence.entitlementNumber(), UNKNOWN);
                conforms(route, api.request(route.method(), unknown).key(key), body, 404);
            }
            if (body != null) {
                TestApi.Request tooLarge = api.request(route.method(), path).key(key)
                        .header("Content-Type", "application/json");
                TestApi.Reply refused = tooLarge.sendDeclaringLength(RequestReader.MAX_BODY_BYTES + 1);
                assertThat(refused.status()).as(route.name() + ": " + refused).isEqualTo(413);
                assertConforms(route.method(), tooLarge.path(), refused);
                conforms(route, api.request(route.method(), path).key(key)
                        .body(body.getBytes(StandardCharsets.UTF_8), "text/plain"), null, 415);
            }
            if (route.key() == EveryRoute.Key.SUPPORT) {
                // only a cancelled subscription can be reactivated
                api.post(Scenario.subscription(s.jira) + "/cancellation", s.key(), "{\"when\":\"IMMEDIATE\"}");
            }
            int success = route.method().equals("POST") && !path.contains("/subscriptions/")
                    && !path.contains("/sites/") && !path.contains("/webhook-endpoints/") && !path.contains("/requests/") ? 201 : 200;
            conforms(route, api.request(route.method(), path).key(key).idempotencyKey("conformance"), body, success);
            if (route.isChange() && route.otherPath() != null) {
                String otherBody = route.otherBody() == null ? null : route.otherBody().apply(s);
                conforms(route, api.request(route.method(), route.otherPath().apply(s)).key(key)
                        .idempotencyKey("conformance"), otherBody, 422);
            }
        }

        TestApi api = start(UnaryOperator.identity(), UnaryOperator.identity());
        Scenario s = new Scenario(api);
        EveryRoute cancel = EveryRoute.all().stream().filter(r -> r.name().equals("cancel")).findFirst().orElseThrow();
        conforms(cancel, api.request("POST", Scenario.subscription(s.included) + "/cancellation").key(s.key()),
                "{\"when\":\"IMMEDIATE\"}", 409);
        EveryRoute remove = EveryRoute.all().stream().filter(r -> r.name().equals("remove a contact")).findFirst()
                .orElseThrow();
        conforms(remove, api.request("DELETE", Scenario.subscription(s.confluence) + "/contacts/ken@example.jp")
                .key(s.key()), null, 409);

        tooManyRequests();
        unavailable();
        openApiDocument();

        for (EveryRoute route : EveryRoute.all()) {
            Set<Integer> statuses = checked.get(route.method() + " " + template(route.path().apply(
                    new Scenario(start(UnaryOperator.identity(), UnaryOperator.identity())))));
            assertThat(statuses).as(route.name()).contains(400, 401, 429, 503)
                    .containsAnyOf(200, 201);
            if (route.body() != null) {
                assertThat(statuses).as(route.name()).contains(413, 415);
            }
        }
        assertThat(checked.values().stream().mapToInt(Set::size).sum()).isGreaterThan(100);
        assertThat(checked.values().stream().flatMap(Set::stream)).contains(404, 409, 422);
    }

    @Test
    void theValidatorRefusesWhatTheDocumentDoesNotAllow() {
        start(UnaryOperator.identity(), UnaryOperator.identity());
        Schema problem = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + uriFragment(
                "/components/responses/Unavailable/content/application~1problem+json/schema")));
        Schema subscription = registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/Subscription"));

        assertThat(problem.validate("{\"type\":\"urn:x\",\"title\":\"t\",\"status\":\"503\",\"detail\":\"d\"}",
                InputFormat.JSON)).as("a string status and no code").hasSizeGreaterThanOrEqualTo(2);
        assertThat(problem.validate("{\"type\":\"urn:x\",\"title\":\"t\",\"status\":503,\"detail\":\"d\","
                + "\"code\":\"UNAVAILABLE\"}", InputFormat.JSON)).as("no requestId").isNotEmpty();
        assertThat(subscription.validate("{\"entitlementNumber\":5}", InputFormat.JSON)).isNotEmpty();
        assertThat(subscription.validate(withMember(doc.at("/components/schemas/Subscription/examples/0"), "status",
                5), InputFormat.JSON)).as("a status that is no string").isNotEmpty();
    }

    /**
     * A1: within /api/v1 answers may grow — a member or an enumeration value the document does not
     * list yet is valid in an answer and an event — while requests may not: the document refuses
     * what the server refuses.
     */
    @Test
    void A1_answersAndEventsMayCarryNewMembersAndValuesRequestsMayNot() {
        start(UnaryOperator.identity(), UnaryOperator.identity());
        JsonNode subscription = doc.at("/components/schemas/Subscription/examples/0");
        JsonNode event = doc.at("/paths/~1events/get/responses/200/content/application~1json/example/items/0");
        JsonNode order = doc.at("/paths/~1orders/post/requestBody/content/application~1json/example");

        assertThat(validate("/components/schemas/Subscription", withMember(subscription, "status", "PAUSED")))
                .as("a new status").isEmpty();
        assertThat(validate("/components/schemas/Subscription", withMember(withMember(subscription, "plan",
                "BUSINESS"), "seats", 10))).as("a new plan and a new member").isEmpty();
        assertThat(validate("/components/schemas/Event", withMember(event, "type", "subscription.paused")))
                .as("a new event type").isEmpty();
        assertThat(validate("/components/schemas/Problem", withMember(doc.at(
                "/components/responses/NotFound/content/application~1problem+json/example"), "instance", "/x")))
                .as("a new member of a problem").isEmpty();
        assertThat(validate("/components/schemas/OrderRequest", order.toString())).as("the documented order").isEmpty();
        assertThat(validate("/components/schemas/OrderRequest", withMember(order, "seats", 10)))
                .as("an unknown field in a request").isNotEmpty();
        assertThat(validate("/components/schemas/OrderRequest", withMember(order, "plan", "BUSINESS")))
                .as("an unknown value in a request").isNotEmpty();
    }

    private List<Error> validate(String pointer, String json) {
        return registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + uriFragment(pointer))).validate(json,
                InputFormat.JSON);
    }

    private static String withMember(JsonNode object, String name, Object value) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode copy = (com.fasterxml.jackson.databind.node.ObjectNode)
                    TestApi.JSON.readTree(object.toString());
            copy.set(name, TestApi.JSON.valueToTree(value));
            return copy.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String withMember(String json, String name, Object value) {
        try {
            return withMember(TestApi.JSON.readTree(json), name, value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every route once more on a server that allows one request an hour per address. */
    private void tooManyRequests() {
        WebSettings.RateLimit oneAnHour = new WebSettings.RateLimit(1, Duration.ofHours(1));
        TestApi api = start(UnaryOperator.identity(), settings -> settings.withRateLimits(TestApi.UNLIMITED,
                oneAnHour));
        Scenario s = new Scenario(api);
        api.get("/api/v1/billing-accounts", s.key());
        for (EveryRoute route : EveryRoute.all()) {
            conforms(route, api.request(route.method(), route.path().apply(s)).key(s.key()),
                    route.body() == null ? null : route.body().apply(s), 429);
        }
    }

    /** Every route once more with the core's operations unavailable (the database is down). */
    private void unavailable() {
        TestApi api = start(p -> new WebPorts(failing(PartnerOperations.class), failing(SupportOperations.class),
                p.apiAuthentication(), p.idempotency(), p.customerPortal(), p.signIn(), p.devMailbox(),
                failing(io.partnerportal.core.partner.PartnerIntegrations.class)),
                UnaryOperator.identity());
        Scenario s = new Scenario(api);
        for (EveryRoute route : EveryRoute.all()) {
            String key = route.key() == EveryRoute.Key.PARTNER ? s.key() : api.supportKey();
            conforms(route, api.request(route.method(), route.path().apply(s)).key(key),
                    route.body() == null ? null : route.body().apply(s), 503);
        }
    }

    private void openApiDocument() {
        TestApi api = start(UnaryOperator.identity(), UnaryOperator.identity());
        TestApi.Reply r = api.get("/api/v1/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        assertConforms("GET", "/api/v1/openapi.json", r);
    }

    @SuppressWarnings("unchecked")
    private static <T> T failing(Class<T> port) {
        return (T) Proxy.newProxyInstance(OpenApiConformanceTest.class.getClassLoader(), new Class<?>[]{port},
                (proxy, method, args) -> {
                    throw new UnavailableException("the database does not answer", null);
                });
    }

    private void conforms(EveryRoute route, TestApi.Request request, String body, int expected) {
        TestApi.Reply r = (body == null ? request : request.json(body)).send();
        assertThat(r.status()).as(route.name() + ": " + r).isEqualTo(expected);
        assertConforms(route.method(), request.path(), r);
    }

    /** The answer's status, media type, headers and body are the ones the document declares. */
    private void assertConforms(String method, String path, TestApi.Reply r) {
        String template = template(path);
        String where = method + " " + template + " → " + r.status();
        String operation = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT);
        assertThat(doc.at(operation).isMissingNode()).as(where + ": the operation is documented").isFalse();
        String response = operation + "/responses/" + r.status();
        JsonNode declared = doc.at(response);
        assertThat(declared.isMissingNode()).as(where + ": the status is documented").isFalse();
        if (declared.has("$ref")) {
            response = declared.path("$ref").asText().substring(1);
            declared = doc.at(response);
        }
        String mediaType = r.header("Content-Type").split(";")[0].strip();
        assertThat(declared.path("content").has(mediaType)).as(where + ": media type " + mediaType).isTrue();
        for (Iterator<String> names = declared.path("headers").fieldNames(); names.hasNext(); ) {
            String header = names.next();
            JsonNode declaredHeader = declared.path("headers").path(header);
            if (declaredHeader.has("$ref")) {
                declaredHeader = doc.at(declaredHeader.path("$ref").asText().substring(1));
            }
            if (declaredHeader.path("required").asBoolean()) {
                assertThat(r.header(header)).as(where + ": header " + header).isNotNull();
            }
        }
        String pointer = response + "/content/" + escape(mediaType) + "/schema";
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + uriFragment(pointer)));
        List<Error> errors = schema.validate(r.body(), InputFormat.JSON);
        assertThat(errors).as(where + ": " + r.body()).isEmpty();
        checked.computeIfAbsent(method + " " + template, k -> new TreeSet<>()).add(r.status());
    }

    /** The documented path template that a concrete request path matches. */
    private String template(String path) {
        String relative = path.split("\\?")[0].substring("/api/v1".length());
        for (Iterator<String> templates = doc.path("paths").fieldNames(); templates.hasNext(); ) {
            String t = templates.next();
            if (relative.matches(t.replaceAll("\\{[^}]+}", "[^/]+"))) {
                return t;
            }
        }
        throw new AssertionError("no documented path for " + path);
    }

    /** A JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as a URI fragment: what a fragment may not hold, percent-encoded. */
    private static String uriFragment(String pointer) {
        StringBuilder out = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || "/~-._+".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
