package io.partnerportal.core.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S7: the housekeeping pass lets sent emails forget what they said after the mail retention (90 days
 * by default), keeps the row for the person's email log, and deletes it after 400 days; what waits
 * is never touched.
 */
class RetentionTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private final EmailAddress ken = EmailAddress.parse("ken@example.jp");

    private List<NotificationOutbox.Entry> kensRows() {
        return fx.storage.outbox().forRecipient(ken);
    }

    @Test
    void S7_sentEmailsForgetTheirContentAfterTheRetentionYetStayInTheEmailLogUntil400Days() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").placeOne();
        fx.deliverAll();
        assertThat(kensRows()).filteredOn(e -> e.type() == NotificationType.PRODUCT_ORDERED).singleElement()
                .satisfies(e -> assertThat(e.content().partnerName()).isEqualTo("Reseller"));
        assertThat(kensRows()).allSatisfy(e -> assertThat(e.content().recipientName()).isEqualTo("ken"));

        fx.clock.advance(Duration.ofDays(89));
        assertThat(fx.core.housekeeping().purgeExpired().emailContentsForgotten()).isZero();

        fx.clock.advance(Duration.ofDays(2));
        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").placeOne();
        Housekeeping.Report report = fx.core.housekeeping().purgeExpired();

        assertThat(report.emailContentsForgotten()).isEqualTo(2);
        assertThat(report.emailsDeleted()).isZero();
        List<NotificationOutbox.Entry> rows = kensRows();
        assertThat(rows).filteredOn(e -> e.status() == NotificationOutbox.Status.SENT).hasSize(2)
                .allSatisfy(e -> assertThat(e.content()).isEqualTo(e.content().forgotten()))
                .allSatisfy(e -> assertThat(e.content().partnerName()).isNull());
        assertThat(rows).filteredOn(e -> e.status() == NotificationOutbox.Status.PENDING).singleElement()
                .satisfies(e -> assertThat(e.content().partnerName()).as("a waiting email keeps all").isEqualTo("Reseller"));
        List<CustomerPortal.SentEmail> log = fx.core.customerPortal().emails(CustomerPortal.ListEmails.parse(
                fx.person("ken@example.jp"), null)).items();
        assertThat(log).extracting(CustomerPortal.SentEmail::type).containsExactly(NotificationType.PRODUCT_ORDERED,
                NotificationType.PRODUCT_ORDERED, NotificationType.WELCOME);
        assertThat(log.get(1).productName()).as("the log still says what the email was about").isEqualTo("Jira");
        assertThat(fx.core.housekeeping().purgeExpired().emailContentsForgotten()).as("forgotten once").isZero();

        fx.deliverAll();
        fx.clock.advance(Duration.ofDays(400 - 91 + 1));
        report = fx.core.housekeeping().purgeExpired();

        assertThat(report.emailsDeleted()).isEqualTo(2);
        assertThat(kensRows()).extracting(e -> e.content().subscriptions().get(0).productName())
                .containsExactly("Confluence");
    }

    @Test
    void S7_theRetentionIsASettingOfAtLeastADay() {
        assertThat(CoreSettings.defaults().mailRetention()).isEqualTo(Duration.ofDays(90));
        assertThat(CoreSettings.defaults().withMailRetention(Duration.ofDays(7)).mailRetention())
                .isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> CoreSettings.defaults().withMailRetention(Duration.ofHours(23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mailRetention");
    }
}
