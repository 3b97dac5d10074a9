package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moving sites to the new billing platform (R12) and who hears of it (R13). */
class SiteMigrationTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp").contact("aiko@example.jp").place();
        fx.order(partner, account, "confluence").site("beta").contact("ken@example.jp").contact("taro@example.jp")
                .place();
        fx.order(partner, account, "loom").site("gamma").contact("taro@example.jp").place();
        fx.deliverAll();
        fx.mail.clear();
    }

    private PartnerOperations.SiteMigration migrate(String site) {
        return fx.partners().migrateSite(PartnerOperations.MigrateSite.parse(partner, site));
    }

    @Test
    void R13_siteMigratedGoesToContactsForWhomItIsTheFirstSiteOnTheNewPlatform() {
        PartnerOperations.SiteMigration m = migrate("acme.atlassian.net");
        assertThat(m).isEqualTo(new PartnerOperations.SiteMigration("acme.atlassian.net",
                LocalDate.parse("2026-11-23")));
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.SITE_MIGRATED);
        assertThat(fx.delivered("aiko@example.jp")).containsExactly(NotificationType.SITE_MIGRATED);
        NotificationContent c = fx.mail.sentTo("ken@example.jp").get(0);
        assertThat(c.site()).isEqualTo("acme.atlassian.net");
        assertThat(c.migratedOn()).isEqualTo(LocalDate.parse("2026-11-23"));
        fx.mail.clear();

        fx.clock.advanceDays(3);
        migrate("beta.atlassian.net");
        // ken already heard of it; taro has no other migrated site yet
        assertThat(fx.delivered("ken@example.jp")).isEmpty();
        assertThat(fx.delivered("taro@example.jp")).containsExactly(NotificationType.SITE_MIGRATED);
        fx.mail.clear();

        migrate("gamma.atlassian.net");
        assertThat(fx.delivered("taro@example.jp")).isEmpty();
    }

    @Test
    void R13_aContactWithAnotherSubscriptionOnAMigratedSiteIsNotToldAgain() {
        // ken joins a subscription on acme after acme moved, without ever being told
        migrate("acme.atlassian.net");
        String lateOnAcme = fx.order(partner, account, "confluence").site("acme").contact("late@example.jp")
                .placeOne().entitlementNumber();
        fx.order(partner, account, "loom").site("delta").contact("late@example.jp").place();
        fx.deliverAll();
        fx.mail.clear();
        assertThat(lateOnAcme).isNotBlank();
        migrate("delta.atlassian.net");
        assertThat(fx.delivered("late@example.jp")).isEmpty();
    }

    @Test
    void R12_migratingAgainChangesNothing() {
        migrate("acme.atlassian.net");
        fx.deliverAll();
        fx.mail.clear();
        fx.clock.advanceDays(10);
        assertThat(migrate("ACME.atlassian.net").migratedOn()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(fx.delivered("ken@example.jp")).isEmpty();
    }

    @Test
    void R12_aPartnerMigratesOnlyASiteWhereItBillsALiveSubscription() {
        PartnerId other = PortalFixture.id(fx.partner("Other"));
        assertThatThrownBy(() -> fx.partners().migrateSite(PartnerOperations.MigrateSite.parse(other,
                "acme.atlassian.net"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> migrate("nowhere.atlassian.net")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> migrate("bad_name")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("siteUrl"));
        String loom = fx.partners().subscriptions(PartnerOperations.ListSubscriptions.parse(partner, null, null, null,
                null)).items().stream().filter(v -> "gamma.atlassian.net".equals(v.site())).findFirst().orElseThrow()
                .entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, loom, "END_OF_TERM", null, null));
        assertThatThrownBy(() -> migrate("gamma.atlassian.net")).isInstanceOf(NotFoundException.class);
    }
}
