package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R16: plan, user tier and billing cycle changes by the partner. */
class PlanChangesTest {
    private PortalFixture fx;
    private PartnerId partner;
    private String account;
    private SubscriptionView jira;

    @BeforeEach
    void setUp() {
        fx = PortalFixture.on("2026-05-01");
        partner = PortalFixture.id(fx.partner("Acme Billing"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne();
        fx.deliverAll();
    }

    private SubscriptionView change(String en, String plan, Integer tier, String cycle, String when) {
        return fx.partners().changePlan(PartnerOperations.ChangePlan.parse(partner, en, plan, tier, cycle, when));
    }

    private SubscriptionView read(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    private List<HistoryAction> history(String en) {
        return fx.partners().history(PartnerOperations.ListHistory.parse(partner, en, null, null)).items().stream()
                .map(HistoryItem::action).toList();
    }

    @Test
    void R16_anUpgradeAppliesAtOnceAndTellsTheContacts() {
        SubscriptionView up = change(jira.entitlementNumber(), "PREMIUM", 100, null, null);
        assertThat(up.plan()).isEqualTo(Plan.PREMIUM);
        assertThat(up.userTier()).isEqualTo(100);
        assertThat(up.pendingChange()).isNull();
        assertThat(history(jira.entitlementNumber())).contains(HistoryAction.PLAN_CHANGED);
        assertThat(fx.delivered("ken@example.jp")).endsWith(NotificationType.SUBSCRIPTION_CHANGED);
    }

    @Test
    void R16_aDowngradeWaitsForTheBillDateAndAppliesFromTheClockAlone() {
        SubscriptionView down = change(jira.entitlementNumber(), "FREE", 10, null, null);
        assertThat(down.plan()).isEqualTo(Plan.STANDARD);
        assertThat(down.userTier()).isEqualTo(50);
        assertThat(down.pendingChange()).isEqualTo(new SubscriptionView.PendingChangeView(Plan.FREE, 10,
                BillingCycle.ANNUAL, LocalDate.parse("2027-05-01")));
        assertThat(fx.delivered("ken@example.jp")).endsWith(NotificationType.CHANGE_SCHEDULED);
        assertThat(history(jira.entitlementNumber())).contains(HistoryAction.CHANGE_SCHEDULED);

        fx.clock.advance(Duration.ofDays(364));
        assertThat(read(jira.entitlementNumber()).plan()).as("the day before").isEqualTo(Plan.STANDARD);
        fx.clock.advance(Duration.ofDays(2));
        SubscriptionView after = read(jira.entitlementNumber());
        assertThat(after.plan()).isEqualTo(Plan.FREE);
        assertThat(after.userTier()).isEqualTo(10);
        assertThat(after.pendingChange()).isNull();
        assertThat(after.billDate()).isEqualTo(LocalDate.parse("2028-05-01"));
    }

    @Test
    void R16_theContactsListShowsThePendingChangeThenTheChangedPlanOnItsDay() {
        change(jira.entitlementNumber(), "FREE", 10, null, null);
        var ken = fx.person("ken@example.jp");
        var before = fx.core.customerPortal().list(CustomerPortal.ListSubscriptions
                .parse(ken, io.partnerportal.core.domain.subscription.ListTab.ACTIVE, null)).items().get(0);
        assertThat(before.plan()).isEqualTo(Plan.STANDARD);
        assertThat(before.userTier()).isEqualTo(50);
        assertThat(before.pendingChange()).isEqualTo(new SubscriptionView.PendingChangeView(Plan.FREE, 10,
                BillingCycle.ANNUAL, LocalDate.parse("2027-05-01")));

        fx.clock.advance(Duration.ofDays(366));
        var after = fx.core.customerPortal().list(CustomerPortal.ListSubscriptions
                .parse(ken, io.partnerportal.core.domain.subscription.ListTab.ACTIVE, null)).items().get(0);
        assertThat(after.plan()).isEqualTo(Plan.FREE);
        assertThat(after.userTier()).isEqualTo(10);
        assertThat(after.pendingChange()).isNull();
        assertThat(after.daysUntilRenewal()).isEqualTo(read(jira.entitlementNumber()).daysUntilRenewal());
    }

    @Test
    void R16_aCycleChangeAtRenewalStartsTheNewTermOnTheBillDate() {
        SubscriptionView monthly = change(jira.entitlementNumber(), null, null, "MONTHLY", null);
        assertThat(monthly.billingCycle()).isEqualTo(BillingCycle.ANNUAL);
        assertThat(monthly.pendingChange().effectiveOn()).isEqualTo(LocalDate.parse("2027-05-01"));
        fx.clock.advance(Duration.ofDays(366));
        SubscriptionView after = read(jira.entitlementNumber());
        assertThat(after.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(after.termStart()).isEqualTo(LocalDate.parse("2027-05-01"));
        assertThat(after.billDate()).isEqualTo(LocalDate.parse("2027-06-01"));
    }

    @Test
    void R16_oneChangeWaitsAtATimeAndCanBeWithdrawn() {
        change(jira.entitlementNumber(), "FREE", null, null, null);
        SubscriptionView replaced = change(jira.entitlementNumber(), null, 20, null, "AT_RENEWAL");
        assertThat(replaced.pendingChange().plan()).isEqualTo(Plan.STANDARD);
        assertThat(replaced.pendingChange().userTier()).isEqualTo(20);
        SubscriptionView withdrawn = fx.partners().withdrawPlanChange(
                PartnerOperations.GetSubscription.parse(partner, jira.entitlementNumber()));
        assertThat(withdrawn.pendingChange()).isNull();
        assertThat(history(jira.entitlementNumber())).contains(HistoryAction.CHANGE_WITHDRAWN);
        SubscriptionView again = fx.partners().withdrawPlanChange(
                PartnerOperations.GetSubscription.parse(partner, jira.entitlementNumber()));
        assertThat(again).isEqualTo(withdrawn);
        fx.clock.advance(Duration.ofDays(400));
        assertThat(read(jira.entitlementNumber()).userTier()).isEqualTo(50);
    }

    @Test
    void R16_immediateAppliesADowngradeNowAndACycleChangeStartsATermToday() {
        SubscriptionView now = change(jira.entitlementNumber(), null, 10, "MONTHLY", "IMMEDIATE");
        assertThat(now.userTier()).isEqualTo(10);
        assertThat(now.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(now.termStart()).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(now.billDate()).isEqualTo(LocalDate.parse("2026-06-01"));
    }

    @Test
    void R16_appsFollowTheirLargestLiveHostsTier() {
        SubscriptionView confluence = fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp")
                .userTier(200).placeOne();
        SubscriptionView drawio = fx.order(partner, account, "drawio")
                .hosts(jira.entitlementNumber(), confluence.entitlementNumber()).contact("ken@example.jp").placeOne();
        assertThat(drawio.userTier()).isEqualTo(200);
        change(jira.entitlementNumber(), null, 500, null, null);
        assertThat(read(drawio.entitlementNumber()).userTier()).isEqualTo(500);
        fx.partners().reportUsage(PartnerOperations.ReportUsage.parse(partner, drawio.entitlementNumber(), 3));
        assertThat(fx.core.partnerIntegrations().events(PartnerIntegrations.ListEvents.parse(partner, null,
                "usage.reported", null)).items()).singleElement()
                .satisfies(e -> assertThat(e.body()).contains("\"userTier\":500"));
        assertThatThrownBy(() -> change(drawio.entitlementNumber(), null, 5, null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("userTier"));
    }

    @Test
    void R16_refusedWhenCancelledBeingCancelledOrIncluded() {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira.entitlementNumber(), "END_OF_TERM", null,
                null));
        assertThatThrownBy(() -> change(jira.entitlementNumber(), "PREMIUM", null, null, null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLATION_PENDING));
        List<SubscriptionView> teamwork = fx.order(partner, account, "teamwork-collection").site("team")
                .contact("mei@example.jp").place();
        assertThatThrownBy(() -> change(teamwork.get(1).entitlementNumber(), "PREMIUM", null, null, null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INCLUDED_IN_COLLECTION));
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira.entitlementNumber(), "IMMEDIATE", null,
                null));
        assertThatThrownBy(() -> change(jira.entitlementNumber(), "PREMIUM", null, null, null))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_CANCELLED));
    }

    @Test
    void R16_badInputIsRefusedNamingEachField() {
        assertThatThrownBy(() -> PartnerOperations.ChangePlan.parse(partner, jira.entitlementNumber(), null, null,
                null, null)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("plan"));
        assertThatThrownBy(() -> PartnerOperations.ChangePlan.parse(partner, "bad", "GOLD", 0, "WEEKLY", "LATER"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactlyInAnyOrder("entitlementNumber", "plan", "userTier",
                                "billingCycle", "when"));
    }

    @Test
    void R16_changesAreEventsOfTheFeedAndWebhooks() {
        change(jira.entitlementNumber(), "FREE", null, null, null);
        List<PartnerIntegrations.EventView> events = fx.core.partnerIntegrations().events(
                PartnerIntegrations.ListEvents.parse(partner, null, "change.scheduled", null)).items();
        assertThat(events).singleElement().satisfies(e -> assertThat(e.body())
                .contains("\"pendingChange\":{\"plan\":\"FREE\",\"userTier\":50,\"billingCycle\":\"ANNUAL\","
                        + "\"effectiveOn\":\"2027-05-01\"}"));
    }
}
