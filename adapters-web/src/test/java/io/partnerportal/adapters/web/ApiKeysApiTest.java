package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R22 through the partner API. */
class ApiKeysApiTest extends ScenarioTest {

    private List<String> ids(String key) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/api-keys", key).json().path("items").forEach(k -> ids.add(k.path("id").asText()));
        return ids;
    }

    @Test
    void R22_aCreatedKeyWorksAtOnceAndIsListedWithoutItsSecret() {
        TestApi.Reply made = api.post("/api/v1/api-keys", s.key(), "{\"name\":\"billing sync\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String key = made.json().path("key").asText();
        assertThat(api.get("/api/v1/subscriptions", key).status()).isEqualTo(200);
        JsonNode listed = api.get("/api/v1/api-keys", key).json().path("items");
        assertThat(listed).hasSize(4);
        listed.forEach(k -> assertThat(k.path("key").isNull()).isTrue());
        assertThat(listed.toString()).doesNotContain(key.substring(key.lastIndexOf('_') + 1));
        assertThat(api.post("/api/v1/api-keys", s.key(), "{\"name\":\"a\\nb\"}").fields()).containsExactly("name");
        assertThat(api.post("/api/v1/api-keys", s.key(), "{}").fields()).containsExactly("name");
    }

    @Test
    void R22_aRevokedKeyIs401AtOnceAndTheLastKeyIsRefusedWith409() {
        TestApi.Reply revoked = api.delete("/api/v1/api-keys/" + s.spareKey, s.key());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        api.delete("/api/v1/api-keys/" + s.spareKey2, s.key());
        String mine = ids(s.key()).get(0);
        TestApi.Reply made = api.post("/api/v1/api-keys", s.key(), "{\"name\":\"next\"}");
        String next = made.json().path("key").asText();
        assertThat(api.delete("/api/v1/api-keys/" + mine, next).status()).isEqualTo(200);
        TestApi.Reply refused = api.get("/api/v1/subscriptions", s.key());
        assertThat(refused.status()).isEqualTo(401);
        TestApi.Reply last = api.delete("/api/v1/api-keys/" + made.json().path("id").asText(), next);
        assertThat(last.status()).as(last.toString()).isEqualTo(409);
        assertThat(last.code()).isEqualTo("LAST_API_KEY");
        assertThat(api.get("/api/v1/subscriptions", next).status()).isEqualTo(200);
    }

    @Test
    void R15_anotherPartnersKeyIsNotFound() {
        TestApi.Reply r = api.delete("/api/v1/api-keys/" + s.spareKey, s.other.key());
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(ids(s.key())).contains(s.spareKey);
        assertThat(api.delete("/api/v1/api-keys/psp_bad_", s.key()).fields()).containsExactly("id");
    }
}
