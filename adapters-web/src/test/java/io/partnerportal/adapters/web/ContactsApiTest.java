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
}
