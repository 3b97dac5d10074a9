package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling products and apps (R4) and the cascade to apps (R5). */
class CancellationTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate BILL_DATE = LocalDate.parse("2027-01-15");

    private final PortalFixture fx = PortalFixture.on(TODAY.toString());
    private PartnerId partner;
    private String account;
    private String jira;
    private String confluence;
    private String tempoOnJira;
    private String drawioOnBoth;
    private PersonId ken;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").start("2026-01-15").contact("ken@example.jp", "Ken", "ja")
                .placeOne().entitlementNumber();
        confluence = fx.order(partner, account, "confluence").site("acme").start("2026-03-31").cycle("MONTHLY")
                .contact("aiko@example.jp").placeOne().entitlementNumber();
        tempoOnJira = fx.order(partner, account, "tempo-timesheets").hosts(jira).contact("taro@example.jp")
                .placeOne().entitlementNumber();
        drawioOnBoth = fx.order(partner, account, "drawio").hosts(confluence, jira).contact("ken@example.jp")
                .placeOne().entitlementNumber();
        ken = fx.person("ken@example.jp");
        fx.deliverAll();
        fx.mail.clear();
    }

    private CancellationResult contactCancels(String en, String when) {
        return fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, en, when, "TOO_EXPENSIVE"));
    }

    private SubscriptionView get(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    @Test
    void R4_endOfTermTakesEffectOnTheBillDateAndRecordsWhoAndWhy() {
        CancellationResult r = contactCancels(jira, null);
        assertThat(r.effectiveOn()).isEqualTo(BILL_DATE);
        SubscriptionView view = get(jira);
        assertThat(view.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(view.cancellation()).isEqualTo(new SubscriptionView.CancellationView(BILL_DATE,
                CancellationReason.TOO_EXPENSIVE, ActorKind.CONTACT));
        fx.clock.setDate(BILL_DATE.minusDays(1));
        assertThat(get(jira).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        fx.clock.setDate(BILL_DATE);
        assertThat(get(jira).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(get(jira).billDate()).isNull();
    }

    @Test
    void R4_immediateTakesEffectToday() {
        CancellationResult r = contactCancels(jira, "IMMEDIATE");
        assertThat(r.effectiveOn()).isEqualTo(TODAY);
        assertThat(r.subscription().status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.CANCELLED);
    }

    @Test
    void R4_anUpcomingSubscriptionIsAlwaysCancelledImmediately() {
        String upcoming = fx.order(partner, account, "jira").site("later").start("2027-06-01")
                .contact("ken@example.jp").placeOne().entitlementNumber();
        CancellationResult r = contactCancels(upcoming, "END_OF_TERM");
        assertThat(r.effectiveOn()).isEqualTo(TODAY);
        assertThat(r.subscription().status()).isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void R4_askingAgainWithTheSameOrALaterDateChangesNothingAndSendsNothing() {
        contactCancels(jira, "END_OF_TERM");
        fx.deliverAll();
        fx.mail.clear();
        long versionBefore = fx.storage.subscriptions().find(
                io.partnerportal.core.domain.subscription.EntitlementNumber.parse(jira)).orElseThrow().version();
        CancellationResult again = contactCancels(jira, "END_OF_TERM");
        assertThat(again.effectiveOn()).isEqualTo(BILL_DATE);
        assertThat(again.cancelled()).extracting(SubscriptionView::entitlementNumber).containsExactly(tempoOnJira);
        fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, tempoOnJira, "END_OF_TERM", null));
        assertThat(fx.storage.subscriptions().find(io.partnerportal.core.domain.subscription.EntitlementNumber.parse(jira))
                .orElseThrow().version()).isEqualTo(versionBefore);
        fx.deliverAll();
        assertThat(fx.mail.sent()).isEmpty();

        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, confluence, "IMMEDIATE", null, null));
        fx.deliverAll();
        fx.mail.clear();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, confluence, "END_OF_TERM", null, null));
        fx.deliverAll();
        assertThat(fx.mail.sent()).isEmpty();
    }

    @Test
    void R4_anEarlierDateMovesTheCancellationAndItsCascade() {
        contactCancels(jira, "END_OF_TERM");
        assertThat(get(tempoOnJira).cancellation().effectiveOn()).isEqualTo(BILL_DATE);
        fx.deliverAll();
        fx.mail.clear();
        CancellationResult r = contactCancels(jira, "IMMEDIATE");
        assertThat(r.effectiveOn()).isEqualTo(TODAY);
        assertThat(get(jira).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(get(tempoOnJira).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(get(tempoOnJira).cancellation().effectiveOn()).isEqualTo(TODAY);
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.CANCELLED);
        assertThat(fx.delivered("taro@example.jp")).containsExactly(NotificationType.CANCELLED);
    }

    @Test
    void R5_cancellingAProductCancelsAppsWithNoOtherLiveHost() {
        CancellationResult r = contactCancels(jira, "END_OF_TERM");
        assertThat(r.cancelled()).extracting(SubscriptionView::entitlementNumber).containsExactly(tempoOnJira);
        assertThat(r.appsLosingHost()).containsExactly(drawioOnBoth);
        SubscriptionView tempo = get(tempoOnJira);
        assertThat(tempo.cancellation().effectiveOn()).isEqualTo(BILL_DATE);
        assertThat(tempo.cancellation().requestedBy()).isEqualTo(ActorKind.CONTACT);
        SubscriptionView drawio = get(drawioOnBoth);
        assertThat(drawio.cancellation()).isNull();
        assertThat(drawio.hosts()).containsExactly(confluence);
    }

    @Test
    void R5_anAppWithTwoHostsCancelledOnDifferentDatesGetsTheLatest() {
        contactCancels(jira, "END_OF_TERM");
        assertThat(get(drawioOnBoth).cancellation()).isNull();
        CancellationResult r = fx.partners().cancel(PartnerOperations.Cancel.parse(partner, confluence, "IMMEDIATE",
                null, null));
        assertThat(r.cancelled()).extracting(SubscriptionView::entitlementNumber).containsExactly(drawioOnBoth);
        SubscriptionView drawio = get(drawioOnBoth);
        assertThat(drawio.cancellation().effectiveOn()).isEqualTo(BILL_DATE);
        assertThat(drawio.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(drawio.hosts()).isEmpty();
    }

    @Test
    void R5_thePreviewGivesTheSameAnswerAndChangesNothing() {
        CancellationResult preview = fx.core.customerPortal().previewCancellation(
                CustomerPortal.Cancel.parse(ken, jira, "END_OF_TERM", "UNUSED"));
        assertThat(get(jira).cancellation()).isNull();
        assertThat(get(tempoOnJira).cancellation()).isNull();
        assertThat(fx.storage.outbox().counts().pending()).isZero();
        assertThat(fx.core.customerPortal().history(CustomerPortal.ViewHistory.parse(ken, jira, null)).items())
                .extracting(h -> h.action().name()).containsExactly("ORDERED");
        CancellationResult real = fx.core.customerPortal().cancel(
                CustomerPortal.Cancel.parse(ken, jira, "END_OF_TERM", "UNUSED"));
        assertThat(preview).isEqualTo(real);
    }

    @Test
    void R13_cancellationEmailsGoToTheDeduplicatedContactsOfEverythingItChanged() {
        contactCancels(jira, "END_OF_TERM");
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.CANCELLATION_SCHEDULED);
        assertThat(fx.mail.typesSentTo("taro@example.jp")).containsExactly(NotificationType.CANCELLATION_SCHEDULED);
        assertThat(fx.mail.typesSentTo("aiko@example.jp")).isEmpty();
        NotificationContent toKen = fx.mail.sentTo("ken@example.jp").get(0);
        assertThat(toKen.effectiveOn()).isEqualTo(BILL_DATE);
        assertThat(toKen.subscriptions()).extracting(SubscriptionSummary::entitlementNumber).containsExactly(jira);
        assertThat(toKen.cancelledWith()).extracting(SubscriptionSummary::entitlementNumber)
                .containsExactly(tempoOnJira);
        assertThat(toKen.appsLosingHost()).extracting(SubscriptionSummary::entitlementNumber)
                .containsExactly(drawioOnBoth);
        assertThat(toKen.locale().tag()).isEqualTo("ja");
    }
}
