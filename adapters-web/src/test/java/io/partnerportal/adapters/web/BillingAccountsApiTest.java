package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST} and {@code GET /api/v1/billing-accounts}. */
class BillingAccountsApiTest extends ScenarioTest {

    @Test
    void creatingABillingAccountIs201WithItsIdAndName() {
        TestApi.Reply r = api.post("/api/v1/billing-accounts", s.key(), "{\"name\":\"ACME Retail\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(OrdersApiTest.names(r.json())).containsExactly("id", "name");
        assertThat(r.json().path("name").asText()).isEqualTo("ACME Retail");
        assertThat(api.get("/api/v1/billing-accounts", s.key()).body()).contains(r.json().path("id").asText());
    }

    @Test
    void aBillingAccountWithoutANameIsRefusedNamingName() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.post("/api/v1/billing-accounts", s.key(), "{\"name\":\"  \"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("name");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void thePartnerSeesOnlyItsOwnAccountsPageByPage() {
        List<String> names = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            TestApi.Reply r = api.get("/api/v1/billing-accounts?limit=1" + (next == null ? "" : "&cursor=" + next),
                    s.key());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(OrdersApiTest.names(r.json())).containsExactly("items", "next");
            r.json().path("items").forEach(a -> names.add(a.path("name").asText()));
            next = r.json().path("next").isNull() ? null : r.json().path("next").asText();
            pages++;
        } while (next != null);

        assertThat(names).containsExactly("ACME Corp", "ACME Labs");
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void aLimitAbove200IsRefusedNamingLimit() {
        TestApi.Reply r = api.get("/api/v1/billing-accounts?limit=201", s.key());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("limit");
    }

    @Test
    void aCursorThatWasNotHandedOutIsRefusedNamingCursor() {
        TestApi.Reply r = api.get("/api/v1/billing-accounts?cursor=bogus", s.key());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("cursor");
    }
}
