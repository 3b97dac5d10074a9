package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R18: a person switches optional emails off; the outbox skips them when it sends. */
class PreferencesTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private PersonId ken;

    @BeforeEach
    void kenIsAContact() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        fx.order(partner, account, "jira").site("acme").contact("ken@example.jp", "Ken", "ja").placeOne();
        ken = fx.person("ken@example.jp");
        fx.deliverAll();
        fx.mail.clear();
    }

    private CustomerPortal portal() {
        return fx.core.customerPortal();
    }

    @Test
    void R18_theOptionalEmailsAreTheOnesSpecNames() {
        assertThat(CustomerPortal.optionalTypes()).containsExactly(NotificationType.PRODUCT_ORDERED,
                NotificationType.BILLING_ACCOUNT_CHANGED, NotificationType.SITE_MIGRATED,
                NotificationType.CONTACT_ADDED, NotificationType.SUBSCRIPTION_CHANGED, NotificationType.CHANGE_SCHEDULED,
                NotificationType.RENEWAL_REMINDER, NotificationType.START_REMINDER, NotificationType.REQUEST_RESOLVED);
        assertThat(portal().preferences(ken)).isEmpty();
    }

    @Test
    void R18_aSwitchedOffTypeIsRecordedAsSkippedNotSentAndTheAlwaysSentOnesStillGo() {
        portal().updatePreferences(CustomerPortal.UpdatePreferences.fromSwitchedOn(ken,
                List.of("CONTACT_ADDED", "SITE_MIGRATED", "BILLING_ACCOUNT_CHANGED", "SUBSCRIPTION_CHANGED",
                        "CHANGE_SCHEDULED", "RENEWAL_REMINDER", "START_REMINDER", "REQUEST_RESOLVED")));
        assertThat(portal().preferences(ken)).containsExactly(NotificationType.PRODUCT_ORDERED);

        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").placeOne();
        String loom = fx.order(partner, account, "loom").site("acme").contact("aiko@example.jp").placeOne()
                .entitlementNumber();
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, loom, "ken@example.jp", "Ken",
                "ja"));
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, loom, "IMMEDIATE", null, null));

        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.CONTACT_ADDED,
                NotificationType.CANCELLED);
        List<NotificationOutbox.Entry> rows = fx.storage.outbox().forRecipient(new EmailAddress("ken@example.jp"));
        assertThat(rows).filteredOn(r -> r.type() == NotificationType.PRODUCT_ORDERED)
                .extracting(NotificationOutbox.Entry::status)
                .containsExactly(NotificationOutbox.Status.SENT, NotificationOutbox.Status.SKIPPED);
    }

    @Test
    void R18_theChoiceIsReadWhenTheEmailIsSentNotWhenItWasQueued() {
        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").placeOne();
        portal().updatePreferences(CustomerPortal.UpdatePreferences.fromSwitchedOn(ken, List.of()));

        assertThat(fx.delivered("ken@example.jp")).isEmpty();

        portal().updatePreferences(CustomerPortal.UpdatePreferences.fromSwitchedOn(ken,
                CustomerPortal.optionalTypes().stream().map(Enum::name).toList()));
        fx.order(partner, account, "loom").site("acme").contact("ken@example.jp").placeOne();
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void R18_anEmailThatIsAlwaysSentCannotBeNamedAndNothingChanges() {
        assertThatThrownBy(() -> CustomerPortal.UpdatePreferences.fromSwitchedOn(ken, List.of("WELCOME")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("notifications"));
        assertThatThrownBy(() -> new CustomerPortal.UpdatePreferences(ken, java.util.Set.of(
                NotificationType.CANCELLED))).isInstanceOf(IllegalArgumentException.class);
        assertThat(portal().preferences(ken)).isEmpty();
    }

    @Test
    void R18_everyOptionalEmailCarriesASignedLinkThatSwitchesItsTypeOffWithoutSigningIn() {
        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").placeOne();
        fx.deliverAll();
        NotificationSender.Outgoing ordered = fx.mail.sent().stream()
                .filter(o -> o.content().type() == NotificationType.PRODUCT_ORDERED).findFirst().orElseThrow();
        assertThat(ordered.unsubscribeToken()).isNotBlank();

        CustomerPortal.UnsubscribeTarget target = portal().unsubscribeTarget(ordered.unsubscribeToken());
        assertThat(target).isEqualTo(new CustomerPortal.UnsubscribeTarget("ken@example.jp",
                NotificationType.PRODUCT_ORDERED, "ja"));
        assertThat(portal().preferences(ken)).isEmpty(); // looking changes nothing

        portal().unsubscribe(ordered.unsubscribeToken());
        portal().unsubscribe(ordered.unsubscribeToken());
        assertThat(portal().preferences(ken)).containsExactly(NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void R18_emailsThatAreAlwaysSentCarryNoUnsubscribeLink() {
        String loom = fx.order(partner, account, "loom").site("acme").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, loom, "IMMEDIATE", null, null));
        fx.deliverAll();
        assertThat(fx.mail.sent()).filteredOn(o -> !o.content().type().isOptional()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.unsubscribeToken()).isNull());
    }

    @Test
    void R18_aForgedOrAlteredLinkIsNotFoundAndChangesNothing() {
        fx.order(partner, account, "confluence").site("acme").contact("ken@example.jp").placeOne();
        fx.deliverAll();
        String token = fx.mail.sent().stream().map(NotificationSender.Outgoing::unsubscribeToken)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        String forged = new UnsubscribeToken(ken, NotificationType.CONTACT_ADDED).sign(new byte[32]);
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        for (String bad : List.of(forged, altered, "nonsense", "")) {
            assertThatThrownBy(() -> portal().unsubscribe(bad)).as(bad).isInstanceOf(NotFoundException.class);
        }
        assertThat(portal().preferences(ken)).isEmpty();
    }
}
