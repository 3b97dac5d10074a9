package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R24 the reader's day: a person reads in their time zone (their choice, else Asia/Tokyo for ja and
 * UTC for en); the portal's "today", days until renewal or start and the tabs follow it; the API and
 * the events stay in UTC.
 */
class ReadersDayTest {
    /** 08:00 in Tokyo on 2027-01-14, the eve of the bill date 2027-01-15: still 2027-01-13 in UTC. */
    private static final Instant TOKYO_EIGHT_ON_THE_EVE = Instant.parse("2027-01-13T23:00:00Z");

    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private String jira;
    private String confluence;
    private PersonId ken;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        // annual, started 2026-01-15: the bill date is 2027-01-15
        jira = fx.order(partner, account, "jira").site("acme").start("2026-01-15").contact("ken@example.jp", "Ken",
                "ja").placeOne().entitlementNumber();
        // starts 2027-01-14: Tokyo's today, UTC's tomorrow
        confluence = fx.order(partner, account, "confluence").site("acme").start("2027-01-14")
                .contact("ken@example.jp", "Ken", "ja").placeOne().entitlementNumber();
        ken = fx.person("ken@example.jp");
        fx.clock.set(TOKYO_EIGHT_ON_THE_EVE);
    }

    private CustomerPortal kensPortal() {
        return fx.core.customerPortal().forReader(fx.storage.people().find(ken).orElseThrow().readersDay());
    }

    private CustomerPortal.Row row(CustomerPortal portal, ListTab tab, String number) {
        return portal.list(new CustomerPortal.ListSubscriptions(ken, tab, ListFilter.NONE, null)).items().stream()
                .filter(r -> r.entitlementNumber().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void R24_aContactInTokyoAt0800OnTheBillDatesEveSeesTokyosDayCount() {
        assertThat(fx.core.customerPortal().profile(ken).timeZone()).isEqualTo("Asia/Tokyo");

        assertThat(row(kensPortal(), ListTab.ACTIVE, jira).daysUntilRenewal()).as("Tokyo: the 14th, one day left")
                .isEqualTo(1L);
        assertThat(row(fx.core.customerPortal(), ListTab.ACTIVE, jira).daysUntilRenewal())
                .as("the rules' day, UTC: the 13th").isEqualTo(2L);
        SubscriptionView details = kensPortal().details(CustomerPortal.ViewSubscription.parse(ken, jira))
                .subscription();
        assertThat(details.daysUntilRenewal()).isEqualTo(1L);
    }

    @Test
    void R24_theTabsSplitByTheReadersDay() {
        CustomerPortal.ListSummary tokyo = kensPortal().summary(new CustomerPortal.ListSubscriptions(ken,
                ListTab.ACTIVE, ListFilter.NONE, null));
        CustomerPortal.ListSummary utc = fx.core.customerPortal().summary(new CustomerPortal.ListSubscriptions(ken,
                ListTab.ACTIVE, ListFilter.NONE, null));

        assertThat(tokyo.active()).as("Confluence started today in Tokyo").isEqualTo(2);
        assertThat(tokyo.upcoming()).isZero();
        assertThat(utc.active()).isEqualTo(1);
        assertThat(utc.upcoming()).isEqualTo(1);
        assertThat(row(kensPortal(), ListTab.ACTIVE, confluence).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(row(fx.core.customerPortal(), ListTab.UPCOMING, confluence).daysUntilStart()).isEqualTo(1L);
    }

    @Test
    void R24_thePartnerApiKeepsUtc() {
        SubscriptionView seen = fx.partners().subscription(io.partnerportal.core.partner.PartnerOperations.GetSubscription.parse(partner, jira));

        assertThat(seen.daysUntilRenewal()).isEqualTo(2L);
    }

    @Test
    void R24_theDefaultZoneFollowsTheLanguageAndAChosenZoneWins() {
        assertThat(ReadersDay.of(null, ContactLocale.JA).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(ReadersDay.of(null, ContactLocale.EN).zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(ReadersDay.of(ZoneId.of("Europe/Paris"), ContactLocale.JA).zone())
                .isEqualTo(ZoneId.of("Europe/Paris"));

        CustomerPortal.Profile paris = fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(ken,
                "Ken", "ja", " Europe/Paris "));

        assertThat(paris.timeZone()).isEqualTo("Europe/Paris");
        assertThat(paris.timeZoneChosen()).isTrue();
        assertThat(row(kensPortal(), ListTab.ACTIVE, jira).daysUntilRenewal()).as("Paris: 00:00 on the 14th").isEqualTo(1L);
        fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(ken, "Ken", "en", "America/New_York"));
        assertThat(row(kensPortal(), ListTab.ACTIVE, jira).daysUntilRenewal()).as("New York: 18:00 on the 13th")
                .isEqualTo(2L);
        CustomerPortal.Profile back = fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(ken,
                "Ken", "en", ""));
        assertThat(back.timeZone()).as("blank: the language's default").isEqualTo("UTC");
        assertThat(back.timeZoneChosen()).isFalse();
        fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(ken, "Ken", "ja", "UTC"));
        assertThat(fx.core.customerPortal().profile(ken).timeZone()).isEqualTo("UTC");
        assertThat(fx.core.customerPortal().profile(ken).timeZoneChosen()).isTrue();
        fx.core.customerPortal().updateProfile(new CustomerPortal.UpdateProfile(ken,
                new io.partnerportal.core.domain.party.DisplayName("Kenji"), ContactLocale.JA));
        assertThat(fx.core.customerPortal().profile(ken).timeZone()).as("a command without a zone keeps it")
                .isEqualTo("UTC");
    }

    @Test
    void R24_anUnknownZoneIsRefusedNamingTheFieldAndChangesNothing() {
        for (String bad : List.of("Mars/Olympus", "JST", "+09:00", "Asia/Tokyo/x", "x".repeat(100))) {
            assertThatThrownBy(() -> fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(ken,
                    "Other", "en", bad))).as(bad).isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("timeZone");
                            assertThat(f.code()).isIn(FieldErrorCode.UNKNOWN, FieldErrorCode.TOO_LONG);
                        });
                    });
        }
        CustomerPortal.Profile p = fx.core.customerPortal().profile(ken);
        assertThat(p.name()).isEqualTo("Ken");
        assertThat(p.timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(p.timeZoneChosen()).isFalse();
    }

    @Test
    void R24_theZoneReachesTheEmailsWithTheirContentAndThePersonsExport() {
        fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(ken, "Ken", "ja", "Europe/Paris"));
        fx.order(partner, account, "loom").site("acme").contact("ken@example.jp").placeOne();

        List<NotificationOutbox.Entry> rows = fx.storage.outbox().forRecipient(EmailAddress.parse("ken@example.jp"));
        assertThat(rows.get(0).content().timeZone()).as("WELCOME, before the choice").isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(rows.get(rows.size() - 1).content().timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        fx.deliverAll();
        assertThat(fx.mail.sent()).last().satisfies(o -> assertThat(o.content().readersDay().zoneId())
                .isEqualTo("Europe/Paris"));

        assertThat(fx.core.personalData().export("ken@example.jp").profile().timeZone()).isEqualTo("Europe/Paris");
    }
}
