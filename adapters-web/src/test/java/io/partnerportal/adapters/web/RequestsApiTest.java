package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R23 through the partner API: listing, resolving, and naming the request a change fulfils. */
class RequestsApiTest extends ScenarioTest {

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    @Test
    void R23_thePartnerListsItsRequestsNewestFirstByStatusAndPaged() {
        TestApi.Reply all = api.get("/api/v1/requests", s.key());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(ids(all.json())).containsExactlyInAnyOrder(s.request, s.request2);
        JsonNode first = all.json().path("items").get(0);
        assertThat(first.path("entitlementNumber").asText()).isEqualTo(s.confluence.entitlementNumber());
        assertThat(first.path("status").asText()).isEqualTo("OPEN");
        assertThat(first.path("askedBy").asText()).isEqualTo("ken@example.jp");

        TestApi.Reply one = api.get("/api/v1/requests?limit=1", s.key());
        assertThat(one.json().path("items")).hasSize(1);
        TestApi.Reply rest = api.get("/api/v1/requests?limit=1&cursor=" + one.json().path("next").asText(), s.key());
        assertThat(ids(rest.json())).hasSize(1).doesNotContainAnyElementsOf(ids(one.json()));
        assertThat(rest.json().path("next").isNull()).isTrue();

        assertThat(ids(api.get("/api/v1/requests?status=DONE", s.key()).json())).isEmpty();
        assertThat(api.get("/api/v1/requests?status=MAYBE", s.key()).fields()).containsExactly("status");
        assertThat(api.get("/api/v1/requests", s.other.key()).json().path("items")).isEmpty();
    }

    @Test
    void R23_thePartnerResolvesARequestOnceAndTheFeedHasBothEvents() {
        TestApi.Reply done = api.post("/api/v1/requests/" + s.request + "/resolution", s.key(),
                "{\"status\":\"DONE\",\"note\":\"Premium from today\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().path("status").asText()).isEqualTo("DONE");
        assertThat(done.json().path("note").asText()).isEqualTo("Premium from today");
        assertThat(done.json().path("resolvedAt").isTextual()).isTrue();

        TestApi.Reply again = api.post("/api/v1/requests/" + s.request + "/resolution", s.key(), "{\"status\":\"DECLINED\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("REQUEST_ALREADY_RESOLVED");
        assertThat(api.post("/api/v1/requests/" + s.request2 + "/resolution", s.key(), "{\"status\":\"OPEN\"}")
                .fields()).containsExactly("status");
        assertThat(api.post("/api/v1/requests/" + s.request2 + "/resolution", s.key(), "{}").fields())
                .containsExactly("status");
        assertThat(api.post("/api/v1/requests/" + s.request2 + "/resolution", s.key(),
                "{\"status\":\"DONE\",\"note\":\"" + "x".repeat(1001) + "\"}").fields()).containsExactly("note");
        assertThat(api.post("/api/v1/requests/" + s.request2 + "/resolution", s.other.key(), "{\"status\":\"DONE\"}")
                .status()).as("another partner's request does not exist").isEqualTo(404);
        assertThat(api.post("/api/v1/requests/not-an-id/resolution", s.key(), "{\"status\":\"DONE\"}").fields())
                .containsExactly("requestId");
        assertThat(ids(api.get("/api/v1/requests?status=OPEN", s.key()).json())).containsExactly(s.request2);

        JsonNode feed = api.get("/api/v1/events?type=request.resolved", s.key()).json();
        assertThat(feed.path("items")).hasSize(1);
        JsonNode request = feed.path("items").get(0).path("data").path("request");
        assertThat(request.path("id").asText()).isEqualTo(s.request);
        assertThat(request.path("status").asText()).isEqualTo("DONE");
        assertThat(api.get("/api/v1/events?type=request.created", s.key()).json().path("items")).hasSize(2);
    }

    @Test
    void R23_aChangeNamingTheRequestResolvesItAsDoneAndABadRequestIdChangesNothing() {
        TestApi.Reply wrong = api.post(path(s.jira) + "/changes", s.key(),
                "{\"plan\":\"PREMIUM\",\"requestId\":\"" + s.request + "\"}");
        assertThat(wrong.fields()).containsExactly("requestId");
        assertThat(api.get(path(s.jira), s.key()).json().path("plan").asText()).isEqualTo("STANDARD");

        TestApi.Reply changed = api.post(path(s.confluence) + "/changes", s.key(),
                "{\"plan\":\"PREMIUM\",\"userTier\":100,\"requestId\":\"" + s.request + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("plan").asText()).isEqualTo("PREMIUM");
        assertThat(ids(api.get("/api/v1/requests?status=DONE", s.key()).json())).containsExactly(s.request);

        TestApi.Reply cancelled = api.post(path(s.confluence) + "/cancellation", s.key(),
                "{\"when\":\"END_OF_TERM\",\"requestId\":\"" + s.request2 + "\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(ids(api.get("/api/v1/requests?status=DONE", s.key()).json()))
                .containsExactlyInAnyOrder(s.request, s.request2);
    }
}
