package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.WithdrawalNote;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.support.SupportOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people read is true and readable: a cancellation email says who can withdraw it (R7), and
 * history names people, partners and products, never internal ids (R14).
 */
class TruthfulEmailsAndHistoryTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private String jira;
    private String tempo;
    private PersonId ken;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller & Co"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        tempo = fx.order(partner, account, "tempo-timesheets").hosts(jira).contact("taro@example.jp").placeOne()
                .entitlementNumber();
        ken = fx.person("ken@example.jp");
        fx.deliverAll();
        fx.mail.clear();
    }

    private WithdrawalNote noteTo(String email, NotificationType type) {
        fx.deliverAll();
        return fx.mail.sentTo(email).stream().filter(c -> c.type() == type).map(NotificationContent::withdrawal)
                .findFirst().orElseThrow();
    }

    @Test
    void R7_aProductsContactCanWithdrawItsCancellationAndAnAppsContactHearsItComesBackWithIt() {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "END_OF_TERM", null, null));
        assertThat(noteTo("ken@example.jp", NotificationType.CANCELLATION_SCHEDULED))
                .isEqualTo(WithdrawalNote.IN_PORTAL);
        assertThat(noteTo("taro@example.jp", NotificationType.CANCELLATION_SCHEDULED))
                .isEqualTo(WithdrawalNote.WITH_HOST);
    }

    @Test
    void R6_R7_aCollectionsContactsAreToldOnlyTheirPartnerCanWithdrawItsCancellation() {
        String collection = fx.order(partner, account, "teamwork-collection").site("team").contact("aiko@example.jp")
                .placeOne().entitlementNumber();
        fx.deliverAll();
        fx.mail.clear();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, collection, "END_OF_TERM", null,
                List.of("jira")));
        assertThat(noteTo("aiko@example.jp", NotificationType.CANCELLATION_SCHEDULED))
                .isEqualTo(WithdrawalNote.ASK_PARTNER);
    }

    @Test
    void R4_anImmediateCancellationPromisesNoWithdrawal() {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "IMMEDIATE", null, null));
        assertThat(noteTo("ken@example.jp", NotificationType.CANCELLED)).isEqualTo(WithdrawalNote.NONE);
    }

    @Test
    void R14_historyNamesWhoActedByEmailOrNameAndProductsByName() {
        fx.core.customerPortal().addContact(CustomerPortal.AddContact.parse(ken, jira, "aiko@example.jp", "Aiko",
                "ja"));
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "IMMEDIATE", null, null));
        fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse("support-key", jira, false));
        List<HistoryItem> items = fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null,
                null)).items();
        assertThat(items).extracting(HistoryItem::action).containsExactly(HistoryAction.REACTIVATED,
                HistoryAction.CANCELLED, HistoryAction.CONTACT_ASSIGNED, HistoryAction.ORDERED);
        assertThat(items).extracting(HistoryItem::actor).containsExactly("vendor support", "Reseller & Co",
                "ken@example.jp", "Reseller & Co");
        assertThat(items.get(0).actorKind()).isEqualTo(ActorKind.SUPPORT);
        assertThat(items.get(3).details()).containsExactly(
                java.util.Map.entry("product", "Jira"), java.util.Map.entry("productCode", "jira"),
                java.util.Map.entry("plan", "STANDARD"), java.util.Map.entry("billingCycle", "ANNUAL"),
                java.util.Map.entry("userTier", "50"), java.util.Map.entry("startDate", "2026-11-23"));
        assertThat(fx.core.customerPortal().history(CustomerPortal.ViewHistory.parse(ken, jira, null)).items())
                .isEqualTo(items);
    }
}
