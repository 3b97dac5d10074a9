package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.domain.error.FieldError;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** History (R14) and "not yours = not found" (R15). */
class HistoryAndNotFoundTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private PartnerId stranger;
    private String jira;
    private PersonId ken;
    private PersonId outsider;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        stranger = PortalFixture.id(fx.partner("Stranger"));
        String account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        fx.order(stranger, fx.account(stranger, "Theirs"), "jira").site("else").contact("out@example.jp").place();
        ken = fx.person("ken@example.jp");
        outsider = fx.person("out@example.jp");
    }

    @Test
    void R14_everyChangeAppendsAnEventThatContactsAndThePartnerRead() {
        fx.clock.advanceDays(1);
        fx.partners().reportUsage(PartnerOperations.ReportUsage.parse(partner, jira, 12));
        fx.clock.advanceDays(1);
        fx.core.customerPortal().addContact(CustomerPortal.AddContact.parse(ken, jira, "aiko@example.jp", "Aiko",
                "ja"));
        fx.clock.advanceDays(1);
        fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, jira, "END_OF_TERM", "UNUSED"));

        List<HistoryItem> byPartner = fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null,
                null)).items();
        assertThat(byPartner).extracting(HistoryItem::action).containsExactly(HistoryAction.CANCELLATION_SCHEDULED,
                HistoryAction.CONTACT_ASSIGNED, HistoryAction.USAGE_REPORTED, HistoryAction.ORDERED);
        assertThat(byPartner).extracting(HistoryItem::actorKind).containsExactly(ActorKind.CONTACT,
                ActorKind.CONTACT, ActorKind.PARTNER, ActorKind.PARTNER);
        assertThat(byPartner.get(0).actorId()).isEqualTo(ken.toString());
        assertThat(byPartner.get(0).details()).containsEntry("effectiveOn", "2027-11-23").containsEntry("reason",
                "UNUSED");
        assertThat(byPartner.get(1).details()).containsEntry("contact", "aiko@example.jp");
        assertThat(fx.core.customerPortal().history(CustomerPortal.ViewHistory.parse(ken, jira, null)).items())
                .isEqualTo(byPartner);
    }

    @Test
    void R14_historyIsPagedNewestFirst() {
        for (int i = 1; i <= 7; i++) {
            fx.clock.advance(java.time.Duration.ofMinutes(1));
            fx.partners().reportUsage(PartnerOperations.ReportUsage.parse(partner, jira, i));
        }
        List<HistoryItem> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<HistoryItem> page = fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, cursor,
                    3));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        assertThat(all).hasSize(8);
        assertThat(all.get(0).details()).containsEntry("activeUsers", "7");
        assertThat(all.get(7).action()).isEqualTo(HistoryAction.ORDERED);
        assertThatThrownBy(() -> fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, "garbage!",
                null))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
    }

    @Test
    void R15_anotherPartnersSubscriptionIsNotFoundForEveryOperation() {
        PartnerOperations ops = fx.partners();
        List<Executable> attempts = List.of(
                () -> ops.subscription(PartnerOperations.GetSubscription.parse(stranger, jira)),
                () -> ops.assignContact(PartnerOperations.AssignContact.parse(stranger, jira, "x@example.jp", "X", "en")),
                () -> ops.removeContact(PartnerOperations.RemoveContact.parse(stranger, jira, "ken@example.jp")),
                () -> ops.reportUsage(PartnerOperations.ReportUsage.parse(stranger, jira, 3)),
                () -> ops.move(PartnerOperations.Move.parse(stranger, jira, fx.account(stranger, "T2"))),
                () -> ops.cancel(PartnerOperations.Cancel.parse(stranger, jira, null, null, null)),
                () -> ops.previewCancellation(PartnerOperations.Cancel.parse(stranger, jira, null, null, null)),
                () -> ops.withdrawCancellation(PartnerOperations.GetSubscription.parse(stranger, jira)),
                () -> ops.history(PartnerOperations.ListHistory.parse(stranger, jira, null, null)),
                () -> ops.subscription(PartnerOperations.GetSubscription.parse(partner, "E-000-000-000-000")));
        for (Executable attempt : attempts) {
            assertThatThrownBy(attempt::execute).isInstanceOf(NotFoundException.class);
        }
        assertThat(ops.subscriptions(PartnerOperations.ListSubscriptions.parse(stranger, null, null, null, null))
                .items()).extracting(v -> v.entitlementNumber()).doesNotContain(jira);
    }

    @Test
    void R15_aSubscriptionTheContactCannotSeeIsNotFoundForEveryPage() {
        CustomerPortal portal = fx.core.customerPortal();
        List<Executable> attempts = List.of(
                () -> portal.details(CustomerPortal.ViewSubscription.parse(outsider, jira)),
                () -> portal.cancel(CustomerPortal.Cancel.parse(outsider, jira, null, null)),
                () -> portal.previewCancellation(CustomerPortal.Cancel.parse(outsider, jira, null, null)),
                () -> portal.withdrawCancellation(CustomerPortal.ViewSubscription.parse(outsider, jira)),
                () -> portal.setUpOptions(CustomerPortal.ViewSubscription.parse(outsider, jira)),
                () -> portal.setUp(CustomerPortal.SetUp.parse(outsider, jira, null, "x-site", null)),
                () -> portal.contacts(CustomerPortal.ViewSubscription.parse(outsider, jira)),
                () -> portal.addContact(CustomerPortal.AddContact.parse(outsider, jira, "x@example.jp", "X", "en")),
                () -> portal.removeContact(CustomerPortal.RemoveContact.parse(outsider, jira, "ken@example.jp")),
                () -> portal.apps(CustomerPortal.ViewSubscription.parse(outsider, jira)),
                () -> portal.history(CustomerPortal.ViewHistory.parse(outsider, jira, null)));
        for (Executable attempt : attempts) {
            assertThatThrownBy(attempt::execute).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void R15_aMalformedEntitlementNumberIsAValidationErrorNamingTheField() {
        assertThatThrownBy(() -> fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner,
                "E-123"))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("entitlementNumber"));
    }
}
