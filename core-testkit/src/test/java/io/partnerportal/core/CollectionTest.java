package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Collections (R6): contacts cannot cancel them, the partner cancels them keeping some products. */
class CollectionTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate BILL_DATE = LocalDate.parse("2027-01-15");

    private final PortalFixture fx = PortalFixture.on(TODAY.toString());
    private PartnerId partner;
    private String collection;
    private Map<String, String> included;
    private String tempoOnJira;
    private String drawioOnConfluence;
    private PersonId ken;

    @BeforeEach
    void order() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        List<SubscriptionView> created = fx.order(partner, account, "teamwork-collection").site("team")
                .start("2026-01-15").contact("ken@example.jp").contact("aiko@example.jp").place();
        collection = created.get(0).entitlementNumber();
        included = created.subList(1, 5).stream().collect(Collectors.toMap(v -> v.product().code(),
                SubscriptionView::entitlementNumber));
        tempoOnJira = fx.order(partner, account, "tempo-timesheets").hosts(included.get("jira"))
                .contact("taro@example.jp").placeOne().entitlementNumber();
        drawioOnConfluence = fx.order(partner, account, "drawio").hosts(included.get("confluence"))
                .contact("hana@example.jp").placeOne().entitlementNumber();
        ken = fx.person("ken@example.jp");
        fx.deliverAll();
        fx.mail.clear();
    }

    private CancellationResult cancel(String when, List<String> keep) {
        return fx.partners().cancel(PartnerOperations.Cancel.parse(partner, collection, when, null, keep));
    }

    private SubscriptionView get(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    @Test
    void R6_contactsCannotCancelACollectionNorAnIncludedProductNorWithdraw() {
        for (String en : List.of(collection, included.get("jira"))) {
            assertThatThrownBy(() -> fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, en, null, null)))
                    .isInstanceOfSatisfying(RuleRefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONTACT_BILLING_PARTNER));
            assertThatThrownBy(() -> fx.core.customerPortal().previewCancellation(
                    CustomerPortal.Cancel.parse(ken, en, null, null))).isInstanceOf(RuleRefusedException.class);
        }
        cancel("END_OF_TERM", List.of());
        assertThatThrownBy(() -> fx.core.customerPortal().withdrawCancellation(
                CustomerPortal.ViewSubscription.parse(ken, collection)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONTACT_BILLING_PARTNER));
        CustomerPortal.Details details = fx.core.customerPortal().details(
                CustomerPortal.ViewSubscription.parse(ken, included.get("loom")));
        assertThat(details.actions().contactBillingPartner()).isTrue();
        assertThat(details.actions().canCancel()).isFalse();
    }

    @Test
    void R6_thePartnerCannotCancelAnIncludedProductAlone() {
        assertThatThrownBy(() -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, included.get("jira"),
                "IMMEDIATE", null, null))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INCLUDED_IN_COLLECTION));
        assertThat(get(included.get("jira")).cancellation()).isNull();
    }

    @Test
    void R6_withNoKeptProductsEveryIncludedProductGoesWithTheCollectionAndCascadesToItsApps() {
        CancellationResult r = cancel("END_OF_TERM", List.of());
        assertThat(r.effectiveOn()).isEqualTo(BILL_DATE);
        assertThat(r.kept()).isEmpty();
        assertThat(r.cancelled()).extracting(SubscriptionView::entitlementNumber).containsExactlyInAnyOrder(
                included.get("jira"), included.get("confluence"), included.get("loom"), included.get("rovo"),
                tempoOnJira, drawioOnConfluence);
        fx.clock.setDate(BILL_DATE);
        for (String en : List.of(collection, tempoOnJira, drawioOnConfluence)) {
            assertThat(get(en).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        }
        included.values().forEach(en -> assertThat(get(en).status()).isEqualTo(SubscriptionStatus.CANCELLED));
    }

    @Test
    void R6_keptProductsContinueStandaloneFromTheCollectionsEffectiveDate() {
        fx.order(partner, get(collection).billingAccountId(), "jira").site("other").contact("ken@example.jp").place();
        fx.partners().reportUsage(PartnerOperations.ReportUsage.parse(partner, included.get("jira"), 42));
        SubscriptionView jiraBefore = get(included.get("jira"));
        CancellationResult r = cancel("END_OF_TERM", List.of("jira", "loom"));
        assertThat(r.kept()).extracting(SubscriptionView::entitlementNumber)
                .containsExactlyInAnyOrder(included.get("jira"), included.get("loom"));
        assertThat(r.cancelled()).extracting(SubscriptionView::entitlementNumber).containsExactlyInAnyOrder(
                included.get("confluence"), included.get("rovo"), drawioOnConfluence);
        // still included until the effective date
        assertThat(get(included.get("jira")).collection()).isEqualTo(collection);
        assertThatThrownBy(() -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, included.get("jira"),
                null, null, null))).isInstanceOf(RuleRefusedException.class);

        fx.clock.setDate(BILL_DATE);
        SubscriptionView jira = get(included.get("jira"));
        assertThat(jira.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(jira.collection()).isNull();
        assertThat(jira.entitlementNumber()).isEqualTo(jiraBefore.entitlementNumber());
        assertThat(jira.plan()).isEqualTo(jiraBefore.plan());
        assertThat(jira.userTier()).isEqualTo(jiraBefore.userTier());
        assertThat(jira.activeUsers()).isEqualTo(42);
        assertThat(jira.termStart()).isEqualTo(jiraBefore.termStart());
        assertThat(jira.contacts()).isEqualTo(jiraBefore.contacts());
        assertThat(jira.apps()).containsExactly(tempoOnJira);
        assertThat(get(tempoOnJira).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(get(tempoOnJira).hosts()).containsExactly(included.get("jira"));
        assertThat(get(collection).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(get(collection).includedProducts()).containsExactlyInAnyOrder(included.get("confluence"),
                included.get("rovo"));
        // standalone now: billed and cancelled on its own
        CancellationResult alone = fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken,
                included.get("jira"), "IMMEDIATE", null));
        assertThat(alone.cancelled()).extracting(SubscriptionView::entitlementNumber).containsExactly(tempoOnJira);
    }

    @Test
    void R6_keepingEveryIncludedProductCancelsOnlyTheCollection() {
        CancellationResult r = cancel("IMMEDIATE", List.of("rovo", "loom", "confluence", "jira"));
        assertThat(r.cancelled()).isEmpty();
        assertThat(r.kept()).hasSize(4);
        assertThat(get(collection).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        included.values().forEach(en -> {
            assertThat(get(en).status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(get(en).collection()).isNull();
        });
    }

    @Test
    void R6_aCodeTheCollectionDoesNotIncludeIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> cancel("IMMEDIATE", List.of("jira", "tempo-timesheets")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("keepProducts"));
        assertThat(get(collection).cancellation()).isNull();
        included.values().forEach(en -> assertThat(get(en).cancellation()).isNull());
        assertThat(fx.storage.outbox().counts().pending()).isZero();
        assertThatThrownBy(() -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, tempoOnJira, null, null,
                List.of("jira")))).isInstanceOf(ValidationException.class);
    }

    @Test
    void R6_anotherKeepPlanWhileOneIsPendingIsRefused() {
        cancel("END_OF_TERM", List.of("jira"));
        assertThatThrownBy(() -> cancel("IMMEDIATE", List.of("loom")))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLATION_PENDING_WITH_OTHER_PLAN));
        CancellationResult earlier = cancel("IMMEDIATE", List.of("jira"));
        assertThat(earlier.effectiveOn()).isEqualTo(TODAY);
        assertThat(get(included.get("jira")).collection()).isNull();
        assertThat(get(included.get("loom")).status()).isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void R13_theCollectionsCancellationEmailListsWhatGoesAndWhatIsKept() {
        cancel("END_OF_TERM", List.of("jira"));
        fx.deliverAll();
        assertThat(fx.mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.CANCELLATION_SCHEDULED);
        assertThat(fx.mail.typesSentTo("hana@example.jp")).containsExactly(NotificationType.CANCELLATION_SCHEDULED);
        assertThat(fx.mail.typesSentTo("taro@example.jp")).isEmpty();
        NotificationContent c = fx.mail.sentTo("ken@example.jp").get(0);
        assertThat(c.keptProducts()).extracting(SubscriptionSummary::productName).containsExactly("Jira");
        assertThat(c.cancelledWith()).extracting(SubscriptionSummary::productName)
                .containsExactlyInAnyOrder("Confluence", "Loom", "Rovo", "draw.io");
    }
}
