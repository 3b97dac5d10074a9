package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bearer keys: every route refuses a missing, unknown or wrong-kind key with 401, changing nothing. */
class EveryRouteAuthenticationTest {
    private TestApi api;
    private Scenario s;

    @BeforeEach
    void start() {
        api = TestApi.start();
        s = new Scenario(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    static java.util.List<EveryRoute> routes() {
        return EveryRoute.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withoutAKeyTheAnswerIs401WithABearerChallenge(EveryRoute route) {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = route.request(s, false).send();

        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer realm=\"partner-api\"");
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anUnknownKeyIs401InvalidToken(EveryRoute route) {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = route.request(s, false).key(s.key() + "x").send();

        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aKeyOfTheOtherKindDoesNotOpenTheRoute(EveryRoute route) {
        String wrongKind = route.key() == EveryRoute.Key.PARTNER ? api.supportKey() : s.key();
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = route.request(s, false).key(wrongKind).send();

        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void theRightKeyOpensTheRoute(EveryRoute route) {
        if (route.key() == EveryRoute.Key.SUPPORT) {
            api.post(Scenario.subscription(s.jira) + "/cancellation", s.key(), "{\"when\":\"IMMEDIATE\"}");
        }
        String key = route.key() == EveryRoute.Key.PARTNER ? s.key() : api.supportKey();

        TestApi.Reply r = route.request(s, false).key(key).send();

        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        assertThat(r.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void anotherSchemeThanBearerIs401() {
        TestApi.Reply r = api.request("GET", "/api/v1/subscriptions")
                .header("Authorization", "Basic " + s.key()).send();

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"partner-api\"");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        TestApi.Reply r = api.request("GET", "/api/v1/subscriptions")
                .header("Authorization", "bearer " + s.key()).send();

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentNeedsNoKey() {
        assertThat(api.get("/api/v1/openapi.json", null).status()).isEqualTo(200);
    }
}
