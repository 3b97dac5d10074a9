package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.Core;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6.3 through the real wiring (the file mail sender's templates, the embedded store): the email
 * log shows each email's subject as it was sent - the renewal reminder's, in English and in Japanese -
 * and keeps it after S7's retention forgot the content.
 */
class EmailSubjectsSystemTest {

    @Test
    void theRemindersSubjectIsInTheLogInBothLanguagesAndOutlivesTheRetention() throws Exception {
        MutableClock clock = MutableClock.at("2026-11-23");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "subjects-");
        Map<String, String> env = new HashMap<>(Map.of("PORTAL_DATA_DIR", dataDir.toString()));
        try (RunningPortal portal = new RunningPortal(env, b -> b.bind(Clock.class).toInstance(clock))) {
            String key = portal.demoKey.orElseThrow();
            String account = portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Subjects")).json()
                    .get("id").asText();
            RunningPortal.Reply order = portal.call("POST", "/api/v1/orders", key, Map.of("billingAccountId", account,
                    "product", "jira", "plan", "STANDARD", "billingCycle", "ANNUAL", "userTier", 10,
                    "startDate", "2026-01-15", "siteUrl", "subjects.atlassian.net", "contacts", List.of(
                            Map.of("email", "ken@subjects.example", "name", "Ken", "locale", "en"),
                            Map.of("email", "yuki@subjects.example", "name", "Yuki", "locale", "ja"))));
            assertThat(order.status()).as(order.body()).isEqualTo(201);
            Core core = portal.get(Core.class);

            // the bill date is 2027-01-15: the reminder is due 30 days before
            clock.setDate(LocalDate.parse("2026-12-16"));
            assertThat(core.housekeeping().sendDueReminders()).isGreaterThanOrEqualTo(2);
            deliver(core);

            assertThat(subjects(portal, core, "ken@subjects.example")).first().isEqualTo("Jira renews on January 15, 2027");
            assertThat(subjects(portal, core, "yuki@subjects.example")).first().isEqualTo("Jira は 2027年1月15日 に更新されます");

            clock.advance(Duration.ofDays(91));
            assertThat(core.housekeeping().purgeExpired().emailContentsForgotten()).isGreaterThanOrEqualTo(2);

            assertThat(subjects(portal, core, "ken@subjects.example")).as("kept past the retention").first()
                    .isEqualTo("Jira renews on January 15, 2027");
            assertThat(subjects(portal, core, "yuki@subjects.example")).first()
                    .isEqualTo("Jira は 2027年1月15日 に更新されます");
        }
    }

    private static void deliver(Core core) {
        for (int i = 0; i < 10; i++) {
            core.notificationDelivery().deliverDue();
        }
    }

    private static List<String> subjects(RunningPortal portal, Core core, String email) {
        PersonId person = portal.get(Storage.class).people().findByEmail(EmailAddress.parse(email)).orElseThrow().id();
        return core.customerPortal().emails(CustomerPortal.ListEmails.parse(person, null)).items().stream()
                .map(CustomerPortal.SentEmail::subject).toList();
    }
}
