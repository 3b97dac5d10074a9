package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contacts and what they see (R11), and CONTACT_ADDED / WELCOME (R13). */
class ContactsTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private String jira;
    private PersonId ken;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").contact("Ken@Example.jp", "Ken", "ja").placeOne()
                .entitlementNumber();
        ken = fx.person("ken@example.jp");
    }

    private SubscriptionView assign(String en, String email) {
        return fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, en, email, "Name", "en"));
    }

    @Test
    void S6_aSubscriptionKeepsAtMostAHundredContactsAndTheHundredAndFirstChangesNothing() {
        for (int i = 1; i < 100; i++) {
            assign(jira, "contact" + i + "@example.jp");
        }
        assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, jira)).contacts())
                .hasSize(100);
        long outbox = fx.storage.outbox().counts().pending();

        assertThatThrownBy(() -> assign(jira, "one-more@example.jp"))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONTACT_LIMIT));
        assertThatThrownBy(() -> fx.core.customerPortal().addContact(CustomerPortal.AddContact.parse(ken, jira,
                "another@example.jp", "Another", "en"))).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONTACT_LIMIT));

        assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, jira)).contacts())
                .hasSize(100);
        assertThat(fx.storage.people().findByEmail(io.partnerportal.core.domain.party.EmailAddress
                .parse("one-more@example.jp"))).as("nobody new is registered").isEmpty();
        assertThat(fx.storage.outbox().counts().pending()).isEqualTo(outbox);
        // a contact already there still changes role
        assertThat(fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                new io.partnerportal.core.domain.subscription.Contact.Form("contact1@example.jp", "Name", "en",
                        "VIEWER"))).contacts()).hasSize(100);
    }

    @Test
    void R11_emailsAreTrimmedAndComparedCaseInsensitively() {
        SubscriptionView v = assign(jira, "  KEN@example.JP ");
        assertThat(v.contacts()).extracting(SubscriptionView.ContactView::email).containsExactly("ken@example.jp");
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED);
    }

    @Test
    void R13_anAddedContactWhoIsKnownGetsContactAddedAndANewOneGetsWelcome() {
        String confluence = fx.order(partner, account, "confluence").site("acme").contact("aiko@example.jp")
                .placeOne().entitlementNumber();
        fx.deliverAll();
        fx.mail.clear();
        assign(confluence, "ken@example.jp");
        assign(confluence, "new@example.jp");
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.CONTACT_ADDED);
        assertThat(fx.delivered("new@example.jp")).containsExactly(NotificationType.WELCOME);
        assign(confluence, "ken@example.jp");
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.CONTACT_ADDED);
    }

    @Test
    void R11_aPersonsNameAndLocaleAreSetAtFirstAssignmentThenOnlyTheyChangeThem() {
        assign(jira, "aiko@example.jp");
        String other = fx.order(partner, account, "confluence").site("acme")
                .contact("aiko@example.jp", "Somebody Else", "ja").placeOne().entitlementNumber();
        assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, other)).contacts())
                .containsExactly(new SubscriptionView.ContactView("aiko@example.jp", "Name", "en"));
        PersonId aiko = fx.person("aiko@example.jp");
        fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(aiko, "愛子", "ja"));
        assertThat(fx.core.customerPortal().profile(aiko)).isEqualTo(new CustomerPortal.Profile("aiko@example.jp",
                "愛子", "ja"));
        assertThatThrownBy(() -> fx.core.customerPortal().updateProfile(CustomerPortal.UpdateProfile.parse(aiko, "",
                "xx"))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("name", "locale"));
    }

    @Test
    void R11_aSubscriptionAlwaysKeepsOneContact() {
        assertThatThrownBy(() -> fx.partners().removeContact(PartnerOperations.RemoveContact.parse(partner, jira,
                "ken@example.jp"))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LAST_CONTACT));
        assertThatThrownBy(() -> fx.core.customerPortal().removeContact(CustomerPortal.RemoveContact.parse(ken, jira,
                "ken@example.jp"))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LAST_CONTACT));
        assign(jira, "aiko@example.jp");
        SubscriptionView v = fx.partners().removeContact(PartnerOperations.RemoveContact.parse(partner, jira,
                "AIKO@example.jp"));
        assertThat(v.contacts()).extracting(SubscriptionView.ContactView::email).containsExactly("ken@example.jp");
        assertThat(fx.partners().removeContact(PartnerOperations.RemoveContact.parse(partner, jira,
                "nobody@example.jp")).contacts()).hasSize(1);
    }

    @Test
    void R11_aContactAddsContactsAndMayRemoveThemselves() {
        SubscriptionView v = fx.core.customerPortal().addContact(CustomerPortal.AddContact.parse(ken, jira,
                "aiko@example.jp", "Aiko", "ja"));
        assertThat(v.contacts()).hasSize(2);
        fx.core.customerPortal().removeContact(CustomerPortal.RemoveContact.parse(ken, jira, "ken@example.jp"));
        assertThatThrownBy(() -> fx.core.customerPortal().details(CustomerPortal.ViewSubscription.parse(ken, jira)))
                .isInstanceOf(NotFoundException.class);
        // anyone ever assigned can still sign in, and sees empty states
        fx.core.signIn().requestLink("ken@example.jp");
        // V2: the link has its own lane and may overtake mail still queued for ken
        assertThat(fx.delivered("ken@example.jp")).contains(NotificationType.SIGN_IN_LINK);
        assertThat(fx.core.customerPortal().list(CustomerPortal.ListSubscriptions.parse(ken, ListTab.ACTIVE, null))
                .items()).isEmpty();
    }

    @Test
    void R11_removingThemselvesTellsTheContactWhetherTheyStillSeeTheSubscription() {
        String tempo = fx.order(partner, account, "tempo-timesheets").hosts(jira).contact("ken@example.jp")
                .contact("aiko@example.jp").placeOne().entitlementNumber();
        CustomerPortal portal = fx.core.customerPortal();

        // still a contact of jira, so the app on it stays in sight
        assertThat(portal.removeContact(CustomerPortal.RemoveContact.parse(ken, tempo, "KEN@example.jp")))
                .hasValueSatisfying(v -> assertThat(v.contacts()).extracting(SubscriptionView.ContactView::email)
                        .containsExactly("aiko@example.jp"));

        portal.addContact(CustomerPortal.AddContact.parse(ken, jira, "aiko@example.jp", "Aiko", "ja"));
        assertThat(portal.removeContact(CustomerPortal.RemoveContact.parse(ken, jira, "ken@example.jp"))).isEmpty();
        assertThat(portal.removeContact(CustomerPortal.RemoveContact.parse(fx.person("aiko@example.jp"), tempo,
                "nobody@example.jp"))).isPresent();
    }

    @Test
    void R11_aContactSeesTheAppsOnTheirProductsAndTheProductsInTheirCollections() {
        String confluence = fx.order(partner, account, "confluence").site("acme").contact("aiko@example.jp")
                .placeOne().entitlementNumber();
        String tempo = fx.order(partner, account, "tempo-timesheets").hosts(jira).contact("taro@example.jp")
                .placeOne().entitlementNumber();
        String drawioOnConfluence = fx.order(partner, account, "drawio").hosts(confluence)
                .contact("taro@example.jp").placeOne().entitlementNumber();
        List<SubscriptionView> collection = fx.order(partner, account, "teamwork-collection").site("team")
                .contact("ken@example.jp").place();
        String includedLoom = collection.get(3).entitlementNumber();
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, includedLoom, "aiko@example.jp",
                "A", "en"));
        fx.partners().removeContact(PartnerOperations.RemoveContact.parse(partner, includedLoom, "ken@example.jp"));

        CustomerPortal portal = fx.core.customerPortal();
        assertThat(portal.details(CustomerPortal.ViewSubscription.parse(ken, tempo)).subscription().entitlementNumber())
                .isEqualTo(tempo);
        assertThat(portal.details(CustomerPortal.ViewSubscription.parse(ken, includedLoom)).subscription()
                .entitlementNumber()).isEqualTo(includedLoom);
        assertThatThrownBy(() -> portal.details(CustomerPortal.ViewSubscription.parse(ken, confluence)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> portal.details(CustomerPortal.ViewSubscription.parse(ken, drawioOnConfluence)))
                .isInstanceOf(NotFoundException.class);
        CustomerPortal.Details jiraDetails = portal.details(CustomerPortal.ViewSubscription.parse(ken, jira));
        assertThat(jiraDetails.linked()).extracting(LinkedView::entitlementNumber, LinkedView::canOpen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(tempo, true));
        assertThat(portal.apps(CustomerPortal.ViewSubscription.parse(ken, jira)))
                .extracting(d -> d.subscription().entitlementNumber()).containsExactly(tempo);
        // the app's hosts show as text where the contact cannot open them
        String drawioOnBoth = fx.order(partner, account, "scriptrunner").hosts(jira, confluence)
                .contact("taro@example.jp").placeOne().entitlementNumber();
        assertThat(portal.details(CustomerPortal.ViewSubscription.parse(ken, drawioOnBoth)).linked())
                .extracting(LinkedView::entitlementNumber, LinkedView::canOpen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(jira, true),
                        org.assertj.core.groups.Tuple.tuple(confluence, false));
    }
}
