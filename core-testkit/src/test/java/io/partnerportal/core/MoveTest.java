package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moving subscriptions between billing accounts (R9). */
class MoveTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String from;
    private String to;
    private String jira;
    private String confluence;
    private String tempoOnJira;
    private String drawioOnBoth;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        from = fx.account(partner, "Old account");
        to = fx.account(partner, "New account");
        jira = fx.order(partner, from, "jira").site("acme").plan("PREMIUM").cycle("MONTHLY").userTier(30)
                .start("2026-01-31").contact("ken@example.jp").placeOne().entitlementNumber();
        confluence = fx.order(partner, from, "confluence").site("acme").contact("aiko@example.jp").placeOne()
                .entitlementNumber();
        tempoOnJira = fx.order(partner, from, "tempo-timesheets").hosts(jira).contact("taro@example.jp")
                .placeOne().entitlementNumber();
        drawioOnBoth = fx.order(partner, from, "drawio").hosts(jira, confluence).contact("ken@example.jp")
                .placeOne().entitlementNumber();
        fx.deliverAll();
        fx.mail.clear();
    }

    private List<SubscriptionView> move(String en, String account) {
        return fx.partners().move(PartnerOperations.Move.parse(partner, en, account));
    }

    private SubscriptionView get(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    @Test
    void R9_anAppWithAHostStayingBehindBlocksTheMove() {
        assertThatThrownBy(() -> move(jira, to)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.APP_HOST_STAYS_BEHIND));
        assertThat(get(jira).billingAccountId()).isEqualTo(from);
        assertThat(get(tempoOnJira).billingAccountId()).isEqualTo(from);
    }

    @Test
    void R9_aProductTakesAlongEveryAppWhoseHostsAllMoveAndKeepsItsContract() {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, confluence, "IMMEDIATE", null, null));
        SubscriptionView before = get(jira);
        List<SubscriptionView> moved = move(jira, to);
        assertThat(moved).extracting(SubscriptionView::entitlementNumber)
                .containsExactlyInAnyOrder(jira, tempoOnJira, drawioOnBoth);
        moved.forEach(v -> assertThat(v.billingAccountId()).isEqualTo(to));
        SubscriptionView after = get(jira);
        assertThat(after.plan()).isEqualTo(before.plan());
        assertThat(after.billingCycle()).isEqualTo(before.billingCycle());
        assertThat(after.userTier()).isEqualTo(before.userTier());
        assertThat(after.startDate()).isEqualTo(before.startDate());
        assertThat(after.termStart()).isEqualTo(before.termStart());
        assertThat(after.billDate()).isEqualTo(before.billDate());
        assertThat(get(confluence).billingAccountId()).isEqualTo(from);
    }

    @Test
    void R9_aCollectionMovesWithItsIncludedProductsWhichCannotMoveAlone() {
        List<SubscriptionView> created = fx.order(partner, from, "teamwork-collection").site("team")
                .contact("ken@example.jp").place();
        assertThatThrownBy(() -> move(created.get(1).entitlementNumber(), to))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INCLUDED_IN_COLLECTION));
        List<SubscriptionView> moved = move(created.get(0).entitlementNumber(), to);
        assertThat(moved).hasSize(5).allSatisfy(v -> assertThat(v.billingAccountId()).isEqualTo(to));
    }

    @Test
    void R9_anAppCannotMoveAlone() {
        assertThatThrownBy(() -> move(tempoOnJira, to)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.APP_MOVES_WITH_ITS_HOSTS));
    }

    @Test
    void R9_bothAccountsMustBeThePartners() {
        PartnerId other = PortalFixture.id(fx.partner("Other"));
        String theirs = fx.account(other, "Theirs");
        assertThatThrownBy(() -> move(confluence, theirs)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("billingAccountId"));
        assertThatThrownBy(() -> move(confluence, "nonsense")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("billingAccountId"));
    }

    @Test
    void R13_movedSubscriptionsContactsAreToldBothAccountsOnce() {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, confluence, "IMMEDIATE", null, null));
        fx.deliverAll();
        fx.mail.clear();
        move(jira, to);
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.BILLING_ACCOUNT_CHANGED);
        assertThat(fx.delivered("taro@example.jp")).containsExactly(NotificationType.BILLING_ACCOUNT_CHANGED);
        assertThat(fx.delivered("aiko@example.jp")).isEmpty();
        NotificationContent c = fx.mail.sentTo("ken@example.jp").get(0);
        assertThat(c.fromBillingAccount()).isEqualTo("Old account");
        assertThat(c.toBillingAccount()).isEqualTo("New account");
        assertThat(c.subscriptions()).hasSize(3);
        assertThat(fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null, null)).items()
                .get(0).details()).containsEntry("from", "Old account").containsEntry("to", "New account")
                .containsEntry("fromBillingAccountId", from).containsEntry("toBillingAccountId", to);
    }

    @Test
    void R9_movingToTheAccountItIsInChangesNothing() {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, confluence, "IMMEDIATE", null, null));
        fx.deliverAll();
        fx.mail.clear();
        assertThat(move(jira, from)).extracting(SubscriptionView::billingAccountId).containsOnly(from);
        fx.deliverAll();
        assertThat(fx.mail.sent()).isEmpty();
    }
}
