package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.Page;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §6.3 {@code /emails}: what was sent to me, newest first, keyset-paged, with each one's status. */
class EmailLogTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");

    @Test
    void theLogListsMyEmailsNewestFirstWithTheirSubscriptionAndStatus() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        String jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        fx.order(partner, account, "jira").site("other").contact("aiko@example.jp").placeOne();
        fx.deliverAll();
        PersonId ken = fx.person("ken@example.jp");
        fx.core.customerPortal().updatePreferences(CustomerPortal.UpdatePreferences.fromSwitchedOn(ken, List.of()));
        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").placeOne();
        fx.deliverAll();
        fx.order(partner, account, "loom").site("acme").contact("ken@example.jp").placeOne();

        List<CustomerPortal.SentEmail> log = fx.core.customerPortal().emails(CustomerPortal.ListEmails.parse(ken, null))
                .items();

        assertThat(log).extracting(CustomerPortal.SentEmail::status).containsExactly(CustomerPortal.EmailStatus.PENDING,
                CustomerPortal.EmailStatus.SKIPPED, CustomerPortal.EmailStatus.SENT, CustomerPortal.EmailStatus.SENT);
        assertThat(log).extracting(CustomerPortal.SentEmail::type).endsWith(NotificationType.PRODUCT_ORDERED,
                NotificationType.WELCOME);
        assertThat(log.get(2).subscription()).isEqualTo(jira);
        assertThat(log.get(2).productName()).isEqualTo("Jira");
        assertThat(log.get(3).subscription()).isNull();
    }

    @Test
    void theLogIsKeysetPagedAndABadCursorIsRefusedNamingIt() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        for (int i = 0; i < 25; i++) {
            fx.order(partner, account, "jira").site("site" + i).contact("ken@example.jp").placeOne();
        }
        PersonId ken = fx.person("ken@example.jp");
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<CustomerPortal.SentEmail> page = fx.core.customerPortal().emails(CustomerPortal.ListEmails.parse(ken,
                    cursor));
            page.items().forEach(e -> ids.add(e.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSize(26).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThatThrownBy(() -> CustomerPortal.ListEmails.parse(ken, "!!")).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
    }

    @Test
    void theLogShowsEachEmailsSubjectAsItsSenderRendersItAndKeepsItPastTheRetention() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        // annual, started 2026-01-01: the bill date is 2027-01-01, 30 days ahead of 2026-12-02
        fx.order(partner, account, "jira").site("acme").start("2026-01-01").contact("ken@example.jp").placeOne();
        fx.clock.setDate(java.time.LocalDate.parse("2026-12-02"));
        assertThat(fx.core.housekeeping().sendDueReminders()).isEqualTo(1);
        PersonId ken = fx.person("ken@example.jp");
        fx.deliverAll();

        assertThat(subjects(ken)).startsWith("RENEWAL_REMINDER Jira 2027-01-01");
        assertThat(subjects(ken)).contains("WELCOME");

        fx.clock.advance(java.time.Duration.ofDays(91));
        assertThat(fx.core.housekeeping().purgeExpired().emailContentsForgotten()).isEqualTo(3);

        assertThat(fx.storage.outbox().forRecipient(io.partnerportal.core.domain.party.EmailAddress.parse(
                "ken@example.jp"))).allSatisfy(e -> assertThat(e.content()).isEqualTo(e.content().forgotten()));
        assertThat(subjects(ken)).as("the subject outlives the content").startsWith(
                "RENEWAL_REMINDER Jira 2027-01-01");
    }

    @Test
    void aRowKeptWithoutASubjectShowsTheOneItsContentRenders() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne();
        var row = fx.storage.outbox().forRecipient(io.partnerportal.core.domain.party.EmailAddress.parse(
                "ken@example.jp")).get(1);
        fx.storage.unitOfWork().run(() -> fx.storage.outbox().append(List.of(new io.partnerportal.core.port.out
                .NotificationOutbox.NewNotification(row.recipient(), row.content(), row.createdAt(), null))));

        assertThat(fx.core.customerPortal().emails(CustomerPortal.ListEmails.parse(fx.person("ken@example.jp"), null))
                .items().get(0)).satisfies(e -> {
                    assertThat(e.type()).isEqualTo(NotificationType.PRODUCT_ORDERED);
                    assertThat(e.subject()).isEqualTo("PRODUCT_ORDERED Jira");
                });
    }

    private List<String> subjects(PersonId person) {
        return fx.core.customerPortal().emails(CustomerPortal.ListEmails.parse(person, null)).items().stream()
                .map(CustomerPortal.SentEmail::subject).toList();
    }
}
