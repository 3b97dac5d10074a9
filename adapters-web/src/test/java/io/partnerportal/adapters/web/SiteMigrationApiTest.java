package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/sites/{siteUrl}/new-billing-migration} (R12, R13). */
class SiteMigrationApiTest extends ScenarioTest {

    private TestApi.Reply migrate(String site) {
        return api.request("POST", "/api/v1/sites/" + site + "/new-billing-migration").key(s.key()).send();
    }

    @Test
    void migratingASiteAnswersTheSiteAndTheDay() {
        TestApi.Reply r = migrate("acme.atlassian.net");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"site\":\"acme.atlassian.net\",\"migratedOn\":\"2026-11-23\"}");
    }

    @Test
    void migratingAgainChangesNothingAndAnswersTheFirstDay() {
        migrate("acme");
        api.fx.clock.advanceDays(3);
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = migrate("acme.atlassian.net");

        assertThat(r.json().path("migratedOn").asText()).isEqualTo("2026-11-23");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void aSiteWhereThePartnerBillsNothingIsNotFound() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = migrate("other.atlassian.net");

        assertThat(r.status()).isEqualTo(404);
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void aBadSiteNameIsRefusedNamingSiteUrl() {
        TestApi.Reply r = migrate("-acme-.atlassian.net");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("siteUrl");
    }
}
