package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerportal.core.domain.webhook.EventTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/openapi.json} is written by hand; these tests keep it true: the same routes
 * as the server, both ways, every path parameter and body declared with examples, and the
 * documented shapes equal to what the server answers.
 */
class OpenApiDocumentTest extends ScenarioTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    private JsonNode document() {
        TestApi.Reply r = api.get("/api/v1/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.json();
    }

    private List<String> documentedRoutes(JsonNode doc) {
        String base = java.net.URI.create(doc.path("servers").get(0).path("url").asText()).getPath();
        List<String> routes = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.add(method.toUpperCase() + " " + base + path.getKey());
            }
        }));
        return routes;
    }

    @Test
    void R24_theDocumentSaysDaysUntilRenewalIsCountedInUtc() {
        JsonNode doc = document();
        List<String> said = new java.util.ArrayList<>();
        doc.path("components").path("schemas").forEach(schema -> {
            JsonNode days = schema.path("properties").path("daysUntilRenewal");
            if (!days.isMissingNode()) {
                said.add(days.path("description").asText());
            }
        });
        assertThat(said).isNotEmpty().allSatisfy(d -> assertThat(d).contains("UTC"));
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertThat(document().path("openapi").asText()).startsWith("3.1.");
    }

    @Test
    void theDocumentDescribesExactlyTheRegisteredRoutes() {
        List<String> registered = api.app.routes().stream().filter(r -> r.contains(" /api/v1/")).toList();
        List<String> documented = documentedRoutes(document());

        assertThat(registered).as("registered routes missing from the document").isSubsetOf(documented);
        assertThat(documented).as("documented routes that do not exist").isSubsetOf(registered);
        assertThat(registered).hasSize(30);
    }

    @Test
    void everyOperationDeclaresItsPathParametersAndAnExampleOfItsSuccess() {
        JsonNode doc = document();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey() + " " + path.getKey();
            Set<String> declared = new TreeSet<>();
            op.getValue().path("parameters").forEach(p -> {
                JsonNode param = resolve(doc, p);
                if (param.path("in").asText().equals("path")) {
                    declared.add(param.path("name").asText());
                }
            });
            assertThat(declared).as(where).isEqualTo(templateParameters(path.getKey()));
            assertThat(op.getValue().path("operationId").isTextual()).as(where).isTrue();
            assertThat(op.getValue().path("security").isArray()).as(where).isTrue();
            JsonNode success = success(op.getValue());
            assertThat(success).as(where + " has a 2xx answer").isNotNull();
            JsonNode media = success.path("content").path("application/json");
            assertThat(media.has("schema")).as(where).isTrue();
            assertThat(media.has("example")).as(where).isTrue();
        }));
    }

    @Test
    void everyRouteThatTakesABodyDocumentsItWithAnExampleAndNoOtherDoes() {
        JsonNode doc = document();
        for (EveryRoute route : EveryRoute.all()) {
            String template = templateOf(route.path().apply(s));
            JsonNode op = doc.path("paths").path(template).path(route.method().toLowerCase());
            assertThat(op.isMissingNode()).as(route.name() + " " + template).isFalse();
            assertThat(op.has("requestBody")).as(route.name()).isEqualTo(route.body() != null);
            if (route.body() != null) {
                JsonNode media = op.path("requestBody").path("content").path("application/json");
                assertThat(media.has("schema")).isTrue();
                assertThat(media.has("example")).isTrue();
            }
        }
    }

    @Test
    void theDocumentedBodiesHaveExactlyTheFieldsTheServerAccepts() {
        JsonNode doc = document();
        for (EveryRoute route : EveryRoute.all()) {
            if (route.body() == null) {
                continue;
            }
            String path = route.path().apply(s);
            JsonNode schema = resolve(doc, doc.path("paths").path(templateOf(path)).path(route.method().toLowerCase())
                    .path("requestBody").path("content").path("application/json").path("schema"));
            String key = route.key() == EveryRoute.Key.PARTNER ? s.key() : api.supportKey();

            TestApi.Reply r = api.request(route.method(), path).key(key).json("{\"zzz\":1}").send();

            String message = r.json().path("errors").get(0).path("message").asText();
            Set<String> accepted = new TreeSet<>(Arrays.asList(
                    message.substring(message.indexOf("known fields: ") + 14).split(", ")));
            assertThat(names(schema.path("properties"))).as(route.name()).isEqualTo(accepted);
        }
    }

    @Test
    void theDocumentedContactOfAnOrderHasExactlyTheFieldsTheServerAccepts() {
        JsonNode schema = document().at("/components/schemas/ContactInput");

        TestApi.Reply r = api.post("/api/v1/orders", s.key(), "{\"contacts\":[{\"zzz\":1}]}");

        JsonNode error = r.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("contacts[0].zzz");
        String message = error.path("message").asText();
        assertThat(names(schema.path("properties"))).isEqualTo(new TreeSet<>(Arrays.asList(
                message.substring(message.indexOf("known fields: ") + 14).split(", "))));
    }

    @Test
    void theDocumentedQueryParametersAreTheOnesTheServerAccepts() {
        JsonNode doc = document();
        Map<String, String> values = Map.of("limit", "1", "cursor", "x", "status", "ACTIVE", "billingAccountId",
                s.account, "preview", "true");
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            op.getValue().path("parameters").forEach(p -> {
                JsonNode param = resolve(doc, p);
                if (!param.path("in").asText().equals("query")) {
                    return;
                }
                String name = param.path("name").asText();
                String concrete = path.getKey().replace("{entitlementNumber}", s.jira.entitlementNumber());
                TestApi.Request request = api.request(op.getKey().toUpperCase(), "/api/v1" + concrete + "?" + name
                        + "=" + values.get(name)).key(s.key());
                TestApi.Reply r = (op.getKey().equals("post") ? request.json("{}") : request).send();
                assertThat(r.body()).as(op.getKey() + " " + path.getKey() + " ?" + name)
                        .doesNotContain("is not a known query parameter");
            });
        }));
    }

    @Test
    void theDocumentedSubscriptionIsTheShapeTheServerAnswers() {
        JsonNode doc = document();
        JsonNode schema = doc.path("components").path("schemas").path("Subscription");
        JsonNode actual = api.get(path(s.jira), s.key()).json();

        assertThat(names(schema.path("properties"))).isEqualTo(new TreeSet<>(OrdersApiTest.names(actual)));
        assertThat(new ArrayList<String>(textList(schema.path("required")))).isEqualTo(OrdersApiTest.names(actual));
        assertThat(names(schema.path("examples").get(0))).isEqualTo(new TreeSet<>(OrdersApiTest.names(actual)));
    }

    @Test
    void theOtherDocumentedAnswersAreTheShapesTheServerAnswers() {
        JsonNode schemas = document().path("components").path("schemas");
        JsonNode cancellation = api.post(path(s.jira) + "/cancellation?preview=true", s.key(), "{}").json();
        JsonNode history = api.get(path(s.jira) + "/history", s.key()).json();
        JsonNode accounts = api.get("/api/v1/billing-accounts", s.key()).json();
        JsonNode migration = api.request("POST", "/api/v1/sites/acme/new-billing-migration").key(s.key()).send().json();
        JsonNode problem = api.get("/api/v1/subscriptions?limit=0", s.key()).json();

        assertShape(schemas.path("CancellationResult"), cancellation);
        assertShape(schemas.path("HistoryPage"), history);
        assertShape(schemas.path("HistoryItem"), history.path("items").get(0));
        assertShape(schemas.path("BillingAccountPage"), accounts);
        assertShape(schemas.path("BillingAccount"), accounts.path("items").get(0));
        assertShape(schemas.path("SiteMigration"), migration);
        assertShape(schemas.path("Problem"), problem);
        assertShape(schemas.path("FieldError"), problem.path("errors").get(0));
        assertShape(schemas.path("Cancellation"), cancellation.path("subscription").path("cancellation"));
    }

    @Test
    void everyReferenceResolves() {
        JsonNode doc = document();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void A1_theServersUrlIsThePortalsBaseUrlFollowedByTheApisPath() {
        try (TestApi behindProxy = TestApi.start(settings -> new WebSettings(0,
                java.net.URI.create("https://partners.example.com/"), TestApi.UNLIMITED, TestApi.UNLIMITED))) {
            JsonNode served = behindProxy.get("/api/v1/openapi.json", null).json();

            assertThat(served.path("servers")).hasSize(1);
            assertThat(served.path("servers").get(0).path("url").asText())
                    .isEqualTo("https://partners.example.com/api/v1");
        }
        assertThat(document().path("servers").get(0).path("url").asText()).isEqualTo("http://localhost:7070/api/v1");
    }

    @Test
    void A1_everyEventTypeIsAWebhookWhosePayloadIsTheEventOfThatType() {
        JsonNode doc = document();
        JsonNode webhooks = doc.path("webhooks");

        assertThat(new ArrayList<>(names(webhooks))).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
        assertThat(textList(doc.at("/components/schemas/EventType/enum"))).isEqualTo(EventTypes.ALL);
        for (String type : EventTypes.ALL) {
            JsonNode post = webhooks.path(type).path("post");
            JsonNode media = post.path("requestBody").path("content").path("application/json");
            assertThat(media.at("/schema/allOf/0/$ref").asText()).as(type).isEqualTo("#/components/schemas/Event");
            assertThat(media.at("/schema/allOf/1/properties/type/const").asText()).as(type).isEqualTo(type);
            assertThat(media.at("/example/type").asText()).as(type).isEqualTo(type);
            assertThat(post.path("parameters").findValuesAsText("name")).as(type).contains("Portal-Signature");
            assertThat(post.path("responses").has("2XX")).as(type).isTrue();
        }
    }

    /**
     * A1: what the server answers (and what it delivers to webhooks) may grow, what it reads may
     * not: no answer's object refuses members it does not list, every enumeration in an answer lists
     * its values and allows others, and every request object refuses unknown members and values.
     */
    @Test
    void A1_answersAreOpenToNewMembersAndValuesAndRequestsAreStrict() {
        JsonNode doc = document();
        List<JsonNode> answers = new ArrayList<>();
        List<JsonNode> requests = new ArrayList<>();
        for (JsonNode item : List.of(doc.path("paths"), doc.path("webhooks"))) {
            item.forEach(path -> path.forEach(op -> {
                op.path("responses").forEach(r -> resolve(doc, r).path("content")
                        .forEach(media -> answers.add(media.path("schema"))));
                op.path("requestBody").path("content").forEach(media -> (doc.path("webhooks") == item ? answers
                        : requests).add(media.path("schema")));
            }));
        }
        Set<String> seenInAnswers = new TreeSet<>();
        answers.forEach(schema -> assertOpen(doc, schema, "answer", seenInAnswers, new TreeSet<>()));
        Set<String> seenInRequests = new TreeSet<>();
        requests.forEach(schema -> assertStrict(doc, schema, "request", seenInRequests));

        assertThat(seenInAnswers).contains("Subscription", "Event", "Problem", "Plan", "SubscriptionStatus", "EventType");
        assertThat(seenInRequests).contains("OrderRequest", "ContactInput", "Plan").doesNotContain("Contact");
    }

    /** Objects take unknown members; a $ref to an enumeration stands in an anyOf beside a schema that takes any value. */
    private static void assertOpen(JsonNode doc, JsonNode schema, String where, Set<String> seen, Set<String> open) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = resolve(doc, schema);
            assertThat(!target.has("enum") || open.contains(name)).as(where + ": " + name + " is an open choice")
                    .isTrue();
            if (seen.add(name)) {
                assertOpen(doc, target, name, seen, new TreeSet<>());
            }
            return;
        }
        assertThat(schema.has("enum") && !isEnumSchema(schema, where)).as(where + ": an inline closed enum").isFalse();
        assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                .as(where + " refuses new members").isFalse();
        Set<String> openHere = new TreeSet<>();
        JsonNode anyOf = schema.path("anyOf");
        if (anyOf.size() == 2 && anyOf.get(1).path("title").isTextual() && anyOf.get(1).size() == 1) {
            openHere.add(anyOf.get(0).path("$ref").asText().replace("#/components/schemas/", ""));
        }
        schema.path("properties").properties().forEach(p -> assertOpen(doc, p.getValue(), where + "." + p.getKey(),
                seen, new TreeSet<>()));
        for (String nested : List.of("items", "additionalProperties")) {
            if (schema.path(nested).isObject()) {
                assertOpen(doc, schema.path(nested), where + "." + nested, seen, new TreeSet<>());
            }
        }
        for (String composition : List.of("anyOf", "oneOf", "allOf")) {
            schema.path(composition).forEach(s -> assertOpen(doc, s, where, seen, openHere));
        }
    }

    /** The named enumerations are the one place their values are listed. */
    private static boolean isEnumSchema(JsonNode schema, String where) {
        return !where.contains(".") && schema.path("type").asText().equals("string");
    }

    private static void assertStrict(JsonNode doc, JsonNode schema, String where, Set<String> seen) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            if (seen.add(name)) {
                assertStrict(doc, resolve(doc, schema), name, seen);
            }
            return;
        }
        if (schema.has("properties")) {
            assertThat(schema.path("additionalProperties").isBoolean()
                    && !schema.path("additionalProperties").asBoolean()).as(where + " refuses unknown members").isTrue();
        }
        assertThat(schema.has("anyOf")).as(where + ": a request takes documented values only").isFalse();
        schema.path("properties").properties().forEach(p -> assertStrict(doc, p.getValue(), where + "." + p.getKey(),
                seen));
        if (schema.path("items").isObject()) {
            assertStrict(doc, schema.path("items"), where + "[]", seen);
        }
        schema.path("oneOf").forEach(s -> assertStrict(doc, s, where, seen));
    }

    private static void assertShape(JsonNode schema, JsonNode actual) {
        Set<String> documented = names(schema.path("properties"));
        Set<String> required = new TreeSet<>(textList(schema.path("required")));
        Set<String> present = names(actual);
        assertThat(present).as("answered but not documented").isSubsetOf(documented);
        assertThat(required).as("documented as required but not answered").isSubsetOf(present);
    }

    private static JsonNode success(JsonNode operation) {
        for (String status : List.of("200", "201")) {
            if (operation.path("responses").has(status)) {
                return operation.path("responses").path(status);
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        return node.has("$ref") ? doc.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static Set<String> templateParameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The documented path a concrete request path matches. */
    private String templateOf(String concrete) {
        String relative = concrete.substring("/api/v1".length());
        return names(document().path("paths")).stream()
                .filter(t -> relative.matches(t.replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst().orElseThrow(() -> new AssertionError("no documented path for " + concrete));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> textList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
