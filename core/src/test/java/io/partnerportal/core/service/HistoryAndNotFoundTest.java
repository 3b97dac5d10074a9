package io.partnerportal.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.error.FieldError;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.port.in.CustomerPortal;
import io.partnerportal.core.port.in.HistoryItem;
import io.partnerportal.core.port.in.PartnerOperations;
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
        fx.partners().reportUsage(new PartnerOperations.ReportUsage(partner, jira, 12));
        fx.clock.advanceDays(1);
        fx.core.customerPortal().addContact(new CustomerPortal.AddContact(ken, jira, "aiko@example.jp", "Aiko",
                "ja"));
        fx.clock.advanceDays(1);
        fx.core.customerPortal().cancel(new CustomerPortal.Cancel(ken, jira, "END_OF_TERM", "UNUSED"));

        List<HistoryItem> byPartner = fx.partners().history(new PartnerOperations.ListHistory(partner, jira, null,
                null)).items();
        assertThat(byPartner).extracting(HistoryItem::action).containsExactly(HistoryAction.CANCELLATION_SCHEDULED,
                HistoryAction.CONTACT_ASSIGNED, HistoryAction.USAGE_REPORTED, HistoryAction.ORDERED);
        assertThat(byPartner).extracting(HistoryItem::actorKind).containsExactly(ActorKind.CONTACT,
                ActorKind.CONTACT, ActorKind.PARTNER, ActorKind.PARTNER);
        assertThat(byPartner.get(0).actorId()).isEqualTo(ken.toString());
        assertThat(byPartner.get(0).details()).containsEntry("effectiveOn", "2027-11-23").containsEntry("reason",
                "UNUSED");
        assertThat(byPartner.get(1).details()).containsEntry("contact", "aiko@example.jp");
        assertThat(fx.core.customerPortal().history(new CustomerPortal.ViewHistory(ken, jira, null)).items())
                .isEqualTo(byPartner);
    }

    @Test
    void R14_historyIsPagedNewestFirst() {
        for (int i = 1; i <= 7; i++) {
            fx.clock.advance(java.time.Duration.ofMinutes(1));
            fx.partners().reportUsage(new PartnerOperations.ReportUsage(partner, jira, i));
        }
        List<HistoryItem> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<HistoryItem> page = fx.partners().history(new PartnerOperations.ListHistory(partner, jira, cursor,
                    3));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        assertThat(all).hasSize(8);
        assertThat(all.get(0).details()).containsEntry("activeUsers", "7");
        assertThat(all.get(7).action()).isEqualTo(HistoryAction.ORDERED);
        assertThatThrownBy(() -> fx.partners().history(new PartnerOperations.ListHistory(partner, jira, "garbage!",
                null))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
    }

    @Test
    void R15_anotherPartnersSubscriptionIsNotFoundForEveryOperation() {
        PartnerOperations ops = fx.partners();
        List<Executable> attempts = List.of(
                () -> ops.subscription(new PartnerOperations.GetSubscription(stranger, jira)),
                () -> ops.assignContact(new PartnerOperations.AssignContact(stranger, jira, "x@example.jp", "X", "en")),
                () -> ops.removeContact(new PartnerOperations.RemoveContact(stranger, jira, "ken@example.jp")),
                () -> ops.reportUsage(new PartnerOperations.ReportUsage(stranger, jira, 3)),
                () -> ops.move(new PartnerOperations.Move(stranger, jira, fx.account(stranger, "T2"))),
                () -> ops.cancel(new PartnerOperations.Cancel(stranger, jira, null, null, null)),
                () -> ops.previewCancellation(new PartnerOperations.Cancel(stranger, jira, null, null, null)),
                () -> ops.withdrawCancellation(new PartnerOperations.GetSubscription(stranger, jira)),
                () -> ops.history(new PartnerOperations.ListHistory(stranger, jira, null, null)),
                () -> ops.subscription(new PartnerOperations.GetSubscription(partner, "E-000-000-000-000")));
        for (Executable attempt : attempts) {
            assertThatThrownBy(attempt::execute).isInstanceOf(NotFoundException.class);
        }
        assertThat(ops.subscriptions(new PartnerOperations.ListSubscriptions(stranger, null, null, null, null))
                .items()).extracting(v -> v.entitlementNumber()).doesNotContain(jira);
    }

    @Test
    void R15_aSubscriptionTheContactCannotSeeIsNotFoundForEveryPage() {
        CustomerPortal portal = fx.core.customerPortal();
        List<Executable> attempts = List.of(
                () -> portal.details(new CustomerPortal.ViewSubscription(outsider, jira)),
                () -> portal.cancel(new CustomerPortal.Cancel(outsider, jira, null, null)),
                () -> portal.previewCancellation(new CustomerPortal.Cancel(outsider, jira, null, null)),
                () -> portal.withdrawCancellation(new CustomerPortal.ViewSubscription(outsider, jira)),
                () -> portal.setUpOptions(new CustomerPortal.ViewSubscription(outsider, jira)),
                () -> portal.setUp(new CustomerPortal.SetUp(outsider, jira, null, "x-site", null)),
                () -> portal.contacts(new CustomerPortal.ViewSubscription(outsider, jira)),
                () -> portal.addContact(new CustomerPortal.AddContact(outsider, jira, "x@example.jp", "X", "en")),
                () -> portal.removeContact(new CustomerPortal.RemoveContact(outsider, jira, "ken@example.jp")),
                () -> portal.apps(new CustomerPortal.ViewSubscription(outsider, jira)),
                () -> portal.history(new CustomerPortal.ViewHistory(outsider, jira, null)));
        for (Executable attempt : attempts) {
            assertThatThrownBy(attempt::execute).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void R15_aMalformedEntitlementNumberIsAValidationErrorNamingTheField() {
        assertThatThrownBy(() -> fx.partners().subscription(new PartnerOperations.GetSubscription(partner,
                "E-123"))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("entitlementNumber"));
    }
}
