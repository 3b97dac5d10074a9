package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Withdrawing a pending cancellation (R7). */
class WithdrawalTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private final PortalFixture fx = PortalFixture.on(TODAY.toString());
    private PartnerId partner;
    private String account;
    private String jira;
    private String confluence;
    private String tempo;
    private String drawio;
    private String scriptrunnerCancelledAlone;
    private PersonId ken;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").start("2026-01-15").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        confluence = fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        tempo = fx.order(partner, account, "tempo-timesheets").hosts(jira).contact("ken@example.jp").placeOne()
                .entitlementNumber();
        drawio = fx.order(partner, account, "drawio").hosts(jira, confluence).contact("aiko@example.jp")
                .placeOne().entitlementNumber();
        scriptrunnerCancelledAlone = fx.order(partner, account, "scriptrunner").hosts(jira)
                .contact("ken@example.jp").placeOne().entitlementNumber();
        ken = fx.person("ken@example.jp");
        fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, scriptrunnerCancelledAlone, "END_OF_TERM",
                null));
    }

    private SubscriptionView get(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    private SubscriptionView withdraw(String en) {
        return fx.core.customerPortal().withdrawCancellation(CustomerPortal.ViewSubscription.parse(ken, en));
    }

    @Test
    void R7_withdrawingRestoresExactlyTheCascade() {
        SubscriptionView srBefore = get(scriptrunnerCancelledAlone);
        fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, jira, "END_OF_TERM", null));
        assertThat(get(tempo).cancellation()).isNotNull();
        assertThat(get(drawio).hosts()).containsExactly(confluence);
        fx.deliverAll();
        fx.mail.clear();

        SubscriptionView after = withdraw(jira);
        assertThat(after.cancellation()).isNull();
        assertThat(get(tempo).cancellation()).isNull();
        assertThat(get(drawio).hosts()).containsExactly(jira, confluence);
        assertThat(get(scriptrunnerCancelledAlone).cancellation()).isEqualTo(srBefore.cancellation());
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.CANCELLATION_WITHDRAWN);
        assertThat(fx.delivered("aiko@example.jp")).containsExactly(NotificationType.CANCELLATION_WITHDRAWN);
    }

    @Test
    void R7_anAppCancelledByTheCascadeCannotBeWithdrawnAlone() {
        fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, jira, "END_OF_TERM", null));
        assertThatThrownBy(() -> withdraw(tempo)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED_BY_CASCADE));
        assertThat(get(tempo).cancellation()).isNotNull();
    }

    @Test
    void R7_anAppCancelledOnItsOwnIsWithdrawnAlone() {
        assertThat(withdraw(scriptrunnerCancelledAlone).cancellation()).isNull();
    }

    @Test
    void R7_withdrawingWhenNothingIsPendingChangesNothing() {
        fx.deliverAll();
        fx.mail.clear();
        long historyBefore = fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null, null))
                .items().size();
        assertThat(withdraw(jira).cancellation()).isNull();
        assertThat(fx.partners().withdrawCancellation(PartnerOperations.GetSubscription.parse(partner, jira))
                .cancellation()).isNull();
        assertThat(fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null, null)).items())
                .hasSize((int) historyBefore);
        fx.deliverAll();
        assertThat(fx.mail.sent()).isEmpty();
    }

    @Test
    void R7_anEffectiveCancellationCannotBeWithdrawn() {
        fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, jira, "IMMEDIATE", null));
        assertThatThrownBy(() -> withdraw(jira)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLATION_EFFECTIVE));
        assertThatThrownBy(() -> fx.partners().withdrawCancellation(PartnerOperations.GetSubscription.parse(partner,
                jira))).isInstanceOf(RuleRefusedException.class);
        assertThat(get(jira).status()).isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void R7_thePartnerWithdrawsACollectionsCancellationWithItsCascadeAndKeepPlan() {
        List<SubscriptionView> created = fx.order(partner, account, "teamwork-collection").site("team")
                .contact("ken@example.jp").place();
        String collection = created.get(0).entitlementNumber();
        String teamJira = created.get(1).entitlementNumber();
        String teamConfluence = created.get(2).entitlementNumber();
        String app = fx.order(partner, account, "tempo-timesheets").hosts(teamJira).contact("taro@example.jp")
                .placeOne().entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, collection, null, null, List.of("confluence")));
        assertThat(get(app).cancellation()).isNotNull();
        fx.partners().withdrawCancellation(PartnerOperations.GetSubscription.parse(partner, collection));
        assertThat(get(collection).cancellation()).isNull();
        assertThat(get(teamJira).cancellation()).isNull();
        assertThat(get(app).cancellation()).isNull();
        fx.clock.setDate(LocalDate.parse("2028-01-01"));
        assertThat(get(teamConfluence).collection()).isEqualTo(collection);
    }
}
