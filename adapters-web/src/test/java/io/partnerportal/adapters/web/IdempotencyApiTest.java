package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.port.out.IdempotencyStore.IdempotencyRecord;
import io.partnerportal.core.port.out.IdempotencyStore.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Idempotency-Key} on every partner change (SPEC §4): the same key and request replay the
 * recorded response and run nothing again; another request with the key is 422; while the first is
 * still running, 409.
 */
class IdempotencyApiTest extends ScenarioTest {

    static List<EveryRoute> changes() {
        return EveryRoute.partnerChanges();
    }

    private TestApi.Reply send(EveryRoute route, boolean other, String key) {
        return route.request(s, other).key(s.key()).idempotencyKey(key).send();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void theSameKeyAndRequestReplayTheResponseAndTheChangeHappensOnce(EveryRoute route) {
        TestApi.Reply first = send(route, false, "key-1");
        StorageSnapshot afterFirst = s.snapshot("key-1");

        TestApi.Reply replay = send(route, false, "key-1");

        assertThat(first.status()).as(first.toString()).isIn(200, 201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(replay.status()).isEqualTo(first.status());
        // S2: a secret shown once (a new key, a webhook secret) is left out of the replay, nothing else
        assertThat(replay.body()).isEqualTo(withoutShownOnceSecret(first.body()));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Content-Type")).startsWith("application/json");
        assertThat(s.snapshot("key-1")).isEqualTo(afterFirst);
    }

    /** The answer with its shown-once secret ({@code key} of an API key, {@code secret} of an endpoint) null. */
    private static String withoutShownOnceSecret(String body) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.JsonNode json = mapper.readTree(body);
            if (json instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                for (String secret : List.of("key", "secret")) {
                    if (o.has(secret)) {
                        o.putNull(secret);
                    }
                }
            }
            return mapper.writeValueAsString(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    static List<String> showingASecretOnce() {
        return List.of("create an API key", "register a webhook endpoint", "rotate a webhook secret");
    }

    /**
     * S2: the first caller receives the secret; the idempotency record never holds it, so a replay -
     * with any of the partner's keys - answers the same status and body with the secret left out.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("showingASecretOnce")
    void S2_aSecretShownOnceIsNeverRecordedNorReplayed(String name) {
        EveryRoute route = changes().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        TestApi.Reply first = send(route, false, "key-1");
        String field = name.contains("API key") ? "key" : "secret";
        String secret = first.json().path(field).asText();
        assertThat(secret).as(first.toString()).startsWith(field.equals("key") ? "psp_" : "whsec_");

        TestApi.Reply sameScope = route.request(s, false).key(anotherKeyOfAcme()).idempotencyKey("key-1").send();

        assertThat(sameScope.status()).isEqualTo(first.status());
        assertThat(sameScope.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(sameScope.json().path(field).isNull()).as(sameScope.body()).isTrue();
        assertThat(sameScope.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(sameScope.body()).doesNotContain(secret.substring(secret.lastIndexOf('_') + 1));
        String recorded = api.fx.storage.idempotency().find(Idempotency.Call.scopeOf(s.acme.id()), "key-1")
                .orElseThrow().responseBody();
        assertThat(recorded).doesNotContain(secret.substring(secret.lastIndexOf('_') + 1));
    }

    /** A second key of the partner, as an integration holding two keys would send the retry with. */
    private String anotherKeyOfAcme() {
        return api.fx.core.partnerIntegrations().createApiKey(
                io.partnerportal.core.partner.PartnerIntegrations.CreateApiKey.parse(s.acme.id(), "second")).key();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void theSameKeyWithAnotherRequestIs422AndChangesNothing(EveryRoute route) {
        send(route, false, "key-1");
        StorageSnapshot afterFirst = s.snapshot("key-1");

        TestApi.Reply other = send(route, true, "key-1");

        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(s.snapshot("key-1")).isEqualTo(afterFirst);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aKeyWhoseFirstRequestIsStillRunningIs409AndChangesNothing(EveryRoute route) {
        send(route, false, "key-1");
        String fingerprint = api.fx.storage.idempotency().find(Idempotency.Call.scopeOf(s.acme.id()), "key-1").orElseThrow().requestHash();
        Instant now = api.fx.clock.instant();
        api.fx.storage.unitOfWork().run(() -> api.fx.storage.idempotency().start(new IdempotencyRecord(
                Idempotency.Call.scopeOf(s.acme.id()),
                "key-2", fingerprint, State.IN_PROGRESS, null, null, now, now.plus(Duration.ofMinutes(5)))));
        StorageSnapshot before = s.snapshot("key-1", "key-2");

        TestApi.Reply r = send(route, false, "key-2");

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("IDEMPOTENCY_REQUEST_IN_PROGRESS");
        assertThat(s.snapshot("key-1", "key-2")).isEqualTo(before);
    }

    @Test
    void theSameRequestWrittenWithOtherKeyOrderAndSpacingIsTheSameRequest() {
        TestApi.Reply first = api.request("POST", "/api/v1/billing-accounts").key(s.key()).idempotencyKey("k")
                .json("{\"name\":\"ACME Retail\"}").send();

        TestApi.Reply replay = api.request("POST", "/api/v1/billing-accounts").key(s.key()).idempotencyKey("k")
                .json("{ \"name\" : \"ACME Retail\" }\n").send();

        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.body());
    }

    @Test
    void aRefusedRequestRecordsNothingSoItsKeyCanBeUsedAgain() {
        TestApi.Reply refused = api.request("POST", "/api/v1/orders").key(s.key()).idempotencyKey("order-1")
                .json(EveryRoute.order(s, "acme")).send();

        TestApi.Reply placed = api.request("POST", "/api/v1/orders").key(s.key()).idempotencyKey("order-1")
                .json(EveryRoute.order(s, "fresh")).send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void keysAreScopedPerPartner() {
        TestApi.Reply mine = api.request("POST", "/api/v1/billing-accounts").key(s.key()).idempotencyKey("shared")
                .json("{\"name\":\"Mine\"}").send();

        TestApi.Reply theirs = api.request("POST", "/api/v1/billing-accounts").key(s.other.key())
                .idempotencyKey("shared").json("{\"name\":\"Theirs\"}").send();

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().path("name").asText()).isEqualTo("Theirs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\tinside"})
    void aKeyThatIsNotVisibleAsciiIsRefusedNamingIdempotencyKey(String key) {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.request("POST", "/api/v1/billing-accounts").key(s.key())
                .header("Idempotency-Key", key).json("{\"name\":\"ACME Retail\"}").send();

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("Idempotency-Key");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void aKeyLongerThan255CharactersIsRefused() {
        TestApi.Reply r = api.request("POST", "/api/v1/billing-accounts").key(s.key())
                .idempotencyKey("k".repeat(256)).json("{\"name\":\"ACME Retail\"}").send();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("Idempotency-Key");
    }
}
