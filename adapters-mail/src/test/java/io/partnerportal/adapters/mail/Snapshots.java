package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.RequestNote;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Outbox snapshots as the core writes them, one per notification type, with every field the type uses. */
final class Snapshots {
    static final URI BASE = URI.create("https://portal.example");
    static final String FROM = "portal@portal.example";
    static final LocalDate START = LocalDate.of(2027, 1, 15);
    static final LocalDate EFFECTIVE = LocalDate.of(2027, 3, 31);
    static final Instant LINK_EXPIRES = Instant.parse("2026-11-23T09:15:00Z");

    static final SubscriptionSummary JIRA = new SubscriptionSummary("E-3YT-6BG-7X9-YHA", "Jira",
            SubscriptionKind.PRODUCT, "acme.atlassian.net", Plan.STANDARD, BillingCycle.ANNUAL, 1500, START);
    static final SubscriptionSummary TEMPO = new SubscriptionSummary("E-TMP-000-000-001", "Tempo Timesheets",
            SubscriptionKind.APP, "acme.atlassian.net", Plan.STANDARD, BillingCycle.ANNUAL, 1500, START);
    static final SubscriptionSummary DRAWIO = new SubscriptionSummary("E-DRW-000-000-002", "draw.io",
            SubscriptionKind.APP, "acme.atlassian.net", Plan.STANDARD, BillingCycle.MONTHLY, 1500, START);
    static final SubscriptionSummary LOOM = new SubscriptionSummary("E-LOM-000-000-003", "Loom",
            SubscriptionKind.PRODUCT, null, Plan.PREMIUM, BillingCycle.MONTHLY, 10, START);

    private Snapshots() {
    }

    static MailSettings settings() {
        return MailSettings.forFiles(FROM, BASE);
    }

    static MailSettings smtp(String host, int port, Duration timeout) {
        return new MailSettings(FROM, BASE, host, port, null, null, false, timeout);
    }

    /** R23: Ken asks for Premium with 100 users. */
    static final RequestNote REQUEST = new RequestNote("3b0e6f7a-2c1d-4e5f-8a9b-0c1d2e3f4a5b", RequestKind.CHANGE,
            List.of(), "PREMIUM", 100, null, null, null, "ken@example.jp", "We are growing <fast>", RequestStatus.OPEN,
            null);

    static NotificationContent complete(NotificationType type, ContactLocale locale) {
        return complete(type, "ken@example.jp", "Ken Sato", locale);
    }

    /** A snapshot of {@code type} holding everything that type uses, the way the core fills it. */
    static NotificationContent complete(NotificationType type, String email, String name, ContactLocale locale) {
        NotificationContent c = NotificationContent.of(type, new EmailAddress(email), name, locale);
        return switch (type) {
            case WELCOME -> c;
            case SIGN_IN_LINK -> c.withSignInLink("tok-EN_123", LINK_EXPIRES);
            case PRODUCT_ORDERED, CONTACT_ADDED -> c.withPartner("Example Reseller").withSubscriptions(List.of(JIRA));
            case BILLING_ACCOUNT_CHANGED -> c.withPartner("Example Reseller").withSubscriptions(List.of(JIRA, TEMPO))
                    .withMove("ACME Tokyo", "ACME Osaka");
            case SITE_MIGRATED -> c.withSubscriptions(List.of(JIRA, TEMPO)).withSite("acme.atlassian.net",
                    LocalDate.of(2026, 11, 23));
            case CANCELLATION_SCHEDULED, CANCELLED, CANCELLATION_WITHDRAWN -> c.withPartner("Example Reseller")
                    .withSubscriptions(List.of(JIRA))
                    .withCancellation(EFFECTIVE, List.of(TEMPO), List.of(DRAWIO), List.of(LOOM));
            case REACTIVATED -> c.withPartner("Example Reseller").withSubscriptions(List.of(JIRA, TEMPO));
            case SUBSCRIPTION_CHANGED, CHANGE_SCHEDULED -> c.withPartner("Example Reseller")
                    .withSubscriptions(List.of(JIRA)).withCancellation(EFFECTIVE, List.of(), List.of(), List.of());
            case RENEWAL_REMINDER, START_REMINDER -> c.withPartner("Example Reseller").withSubscriptions(List.of(JIRA))
                    .withReminderDate(EFFECTIVE);
            case PARTNER_REQUEST -> c.withPartner("Example Reseller").withSubscriptions(List.of(JIRA))
                    .withRequest(REQUEST);
            case REQUEST_RESOLVED -> c.withPartner("Example Reseller").withSubscriptions(List.of(JIRA))
                    .withRequest(new RequestNote(REQUEST.id(), REQUEST.kind(), List.of(), REQUEST.plan(),
                            REQUEST.userTier(), null, null, null, REQUEST.askedBy(), REQUEST.message(),
                            RequestStatus.DONE, "Premium from today"));
        };
    }
}
