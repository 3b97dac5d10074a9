package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PUT} and {@code DELETE /api/v1/subscriptions/{en}/contacts/{email}} (R11). */
class ContactsApiTest extends ScenarioTest {

    private static List<String> emails(TestApi.Reply r) {
        List<String> out = new ArrayList<>();
        r.json().path("contacts").forEach(c -> out.add(c.path("email").asText()));
        return out;
    }

    @Test
    void assigningAContactAnswersTheSubscriptionWithIt() {
        TestApi.Reply r = api.put(path(s.jira) + "/contacts/Aiko@Example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"en\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(emails(r)).containsExactly("ken@example.jp", "yuki@example.jp", "aiko@example.jp");
    }

    @Test
    void assigningAContactTwiceChangesNothing() {
        api.put(path(s.jira) + "/contacts/aiko@example.jp", s.key(), "{\"name\":\"Aiko\",\"locale\":\"en\"}");
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.put(path(s.jira) + "/contacts/aiko@example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"en\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void badContactDetailsAreRefusedNamingEachField() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.put(path(s.jira) + "/contacts/not-an-email", s.key(),
                "{\"name\":\"\",\"locale\":\"de\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactlyInAnyOrder("email", "name", "locale");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void assigningOnAnotherPartnersSubscriptionIsNotFound() {
        TestApi.Reply r = api.put(path(s.otherJira) + "/contacts/aiko@example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"en\"}");

        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void removingAContactAnswersTheSubscriptionWithoutIt() {
        TestApi.Reply r = api.delete(path(s.jira) + "/contacts/YUKI@example.jp", s.key());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(emails(r)).containsExactly("ken@example.jp");
    }

    @Test
    void theLastContactIsNeverRemoved() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.delete(path(s.confluence) + "/contacts/ken@example.jp", s.key());

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("LAST_CONTACT");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void removingWithABadEmailIsRefusedNamingEmail() {
        TestApi.Reply r = api.delete(path(s.jira) + "/contacts/ken", s.key());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("email");
    }

    @Test
    void removingFromAnotherPartnersSubscriptionIsNotFound() {
        assertThat(api.delete(path(s.otherJira) + "/contacts/sam@example.com", s.key()).status()).isEqualTo(404);
    }

    private static String roleOf(TestApi.Reply r, String email) {
        for (var c : r.json().path("contacts")) {
            if (c.path("email").asText().equals(email)) {
                return c.path("role").asText();
            }
        }
        return null;
    }

    @Test
    void R19_aContactIsAManagerUnlessThePutNamesAnotherRole() {
        TestApi.Reply manager = api.put(path(s.jira) + "/contacts/aiko@example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"en\"}");
        assertThat(roleOf(manager, "aiko@example.jp")).isEqualTo("MANAGER");

        TestApi.Reply viewer = api.put(path(s.jira) + "/contacts/taro@example.jp", s.key(),
                "{\"name\":\"Taro\",\"locale\":\"ja\",\"role\":\"VIEWER\"}");
        assertThat(viewer.status()).as(viewer.toString()).isEqualTo(200);
        assertThat(roleOf(viewer, "taro@example.jp")).isEqualTo("VIEWER");

        TestApi.Reply changed = api.put(path(s.jira) + "/contacts/aiko@example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"en\",\"role\":\"VIEWER\"}");
        assertThat(roleOf(changed, "aiko@example.jp")).isEqualTo("VIEWER");
        assertThat(api.get(path(s.jira), s.key()).json().path("contacts").findValuesAsText("role"))
                .containsExactly("MANAGER", "MANAGER", "VIEWER", "VIEWER");
    }

    @Test
    void R19_aBadRoleIsRefusedNamingRoleAndChangesNothing() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.put(path(s.jira) + "/contacts/aiko@example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"en\",\"role\":\"OWNER\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("role");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void R19_theLastManagerIsNeitherRemovedNorMadeAViewer() {
        api.put(path(s.confluence) + "/contacts/aiko@example.jp", s.key(),
                "{\"name\":\"Aiko\",\"locale\":\"en\",\"role\":\"VIEWER\"}");
        StorageSnapshot before = s.snapshot();

        TestApi.Reply demoted = api.put(path(s.confluence) + "/contacts/ken@example.jp", s.key(),
                "{\"name\":\"Ken\",\"locale\":\"ja\",\"role\":\"VIEWER\"}");
        TestApi.Reply removed = api.delete(path(s.confluence) + "/contacts/ken@example.jp", s.key());

        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(409);
        assertThat(demoted.code()).isEqualTo("LAST_MANAGER");
        assertThat(removed.status()).isEqualTo(409);
        assertThat(removed.code()).isEqualTo("LAST_MANAGER");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void R19_anOrderCopiesEachContactsRoleOntoEverythingItCreates() {
        TestApi.Reply r = api.post("/api/v1/orders", s.key(), "{\"billingAccountId\":\"" + s.account
                + "\",\"product\":\"teamwork-collection\",\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\","
                + "\"userTier\":10,\"siteUrl\":\"roles\",\"contacts\":[{\"email\":\"ken@example.jp\","
                + "\"name\":\"Ken\",\"locale\":\"ja\"},{\"email\":\"aiko@example.jp\",\"name\":\"Aiko\","
                + "\"locale\":\"en\",\"role\":\"VIEWER\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("subscriptions")).hasSize(5).allSatisfy(sub ->
                assertThat(sub.path("contacts").findValuesAsText("role")).containsExactly("MANAGER", "VIEWER"));
    }
}
