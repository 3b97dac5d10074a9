package io.partnerportal.core.domain;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationContentCodec;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.RetrySchedule;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationContentCodecTest {

    @Test
    void aSnapshotSurvivesTextAndBackWithAnyCharacters() {
        SubscriptionSummary jira = new SubscriptionSummary("E-3YT-6BG-7X9-YHA", "Jira", SubscriptionKind.PRODUCT,
                "acme.atlassian.net", Plan.STANDARD, BillingCycle.ANNUAL, 50, LocalDate.of(2026, 1, 15));
        SubscriptionSummary app = new SubscriptionSummary("E-AAA-BBB-CCC-DDD", "draw.io = \\n\nx",
                SubscriptionKind.APP, null, Plan.FREE, BillingCycle.MONTHLY, 3, LocalDate.of(2026, 2, 1));
        NotificationContent c = NotificationContent.of(NotificationType.CANCELLATION_SCHEDULED,
                        EmailAddress.parse("ken@example.jp"), "健 <b>&amp;</b> \\ = x", ContactLocale.JA)
                .withPartner("パートナー株式会社\r\n")
                .withSubscriptions(List.of(jira))
                .withCancellation(LocalDate.of(2027, 1, 15), List.of(app), List.of(app, jira), List.of())
                .withMove("Old = account", "New\\account")
                .withSite("acme.atlassian.net", LocalDate.of(2026, 11, 23))
                .withSignInLink("tok=en", Instant.parse("2026-11-23T10:15:00Z"));
        String text = NotificationContentCodec.encode(c);
        assertThat(NotificationContentCodec.decode(text)).isEqualTo(c);
        NotificationContent minimal = NotificationContent.of(NotificationType.WELCOME,
                EmailAddress.parse("a@example.com"), "A", ContactLocale.EN);
        assertThat(NotificationContentCodec.decode(NotificationContentCodec.encode(minimal))).isEqualTo(minimal);
        assertThat(c.withoutSecret().signInToken()).isNull();
        assertThat(c.withoutSecret().linkExpiresAt()).isEqualTo(c.linkExpiresAt());
    }

    @Test
    void deliveryIsRetriedOnTheScheduleThenGivenUp() {
        assertThat(RetrySchedule.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(RetrySchedule.delayAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(RetrySchedule.delayAfter(3)).contains(Duration.ofMinutes(30));
        assertThat(RetrySchedule.delayAfter(4)).contains(Duration.ofHours(2));
        assertThat(RetrySchedule.delayAfter(5)).contains(Duration.ofHours(12));
        assertThat(RetrySchedule.delayAfter(6)).isEmpty();
    }
}
