package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R19: managers and viewers on each subscription's contacts. */
class RolesTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private String jira;
    private PersonId ken;
    private PersonId aiko;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").contact("ken@example.jp", "Ken", "ja")
                .contact("aiko@example.jp", "Aiko", "en", "VIEWER").placeOne().entitlementNumber();
        ken = fx.person("ken@example.jp");
        aiko = fx.person("aiko@example.jp");
    }

    private CustomerPortal portal() {
        return fx.core.customerPortal();
    }

    private SubscriptionView partnerView(String en) {
        return fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, en));
    }

    private static ContactRole roleOf(SubscriptionView v, String email) {
        return v.contacts().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow().role();
    }

    private void refusedAsViewer(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VIEWER_ROLE));
    }

    @Test
    void R19_anOrdersRolesAreKeptAndAContactWithoutARoleIsAManager() {
        SubscriptionView v = partnerView(jira);
        assertThat(v.contacts()).extracting(SubscriptionView.ContactView::role)
                .containsExactly(ContactRole.MANAGER, ContactRole.VIEWER);
        SubscriptionView added = fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                "taro@example.jp", "Taro", "ja"));
        assertThat(roleOf(added, "taro@example.jp")).isEqualTo(ContactRole.MANAGER);
    }

    @Test
    void R19_rolesAreCopiedWithTheContactsOfAnOrderOntoEveryIncludedProduct() {
        List<SubscriptionView> created = fx.order(partner, account, "teamwork-collection").site("team")
                .contact("ken@example.jp").contact("aiko@example.jp", "Aiko", "en", "VIEWER").place();
        assertThat(created).hasSize(5).allSatisfy(s -> {
            assertThat(roleOf(s, "ken@example.jp")).isEqualTo(ContactRole.MANAGER);
            assertThat(roleOf(s, "aiko@example.jp")).isEqualTo(ContactRole.VIEWER);
        });
    }

    @Test
    void R19_anOrderWithoutAManagerIsRefusedNamingContactsAndCreatesNothing() {
        assertThatThrownBy(() -> fx.order(partner, account, "confluence").contact("aiko@example.jp", "Aiko", "en",
                "VIEWER").place()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("contacts"));
        assertThatThrownBy(() -> fx.order(partner, account, "confluence").contact("aiko@example.jp", "Aiko", "en",
                "OWNER").place()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("contacts[0].role"));
        assertThat(fx.storage.subscriptions().findAssignedTo(aiko)).hasSize(1);
    }

    @Test
    void R19_aViewerIsRefusedCancelWithdrawSetUpAndContactChangesAndNothingChanges() {
        fx.deliverAll();
        fx.mail.clear();
        refusedAsViewer(() -> portal().cancel(CustomerPortal.Cancel.parse(aiko, jira, "END_OF_TERM", null)));
        refusedAsViewer(() -> portal().previewCancellation(CustomerPortal.Cancel.parse(aiko, jira, "IMMEDIATE",
                null)));
        refusedAsViewer(() -> portal().setUp(CustomerPortal.SetUp.parse(aiko, jira, null, "newsite", null)));
        refusedAsViewer(() -> portal().addContact(CustomerPortal.AddContact.parse(aiko, jira, "taro@example.jp",
                "Taro", "ja")));
        refusedAsViewer(() -> portal().removeContact(CustomerPortal.RemoveContact.parse(aiko, jira,
                "ken@example.jp")));
        portal().cancel(CustomerPortal.Cancel.parse(ken, jira, "END_OF_TERM", null));
        refusedAsViewer(() -> portal().withdrawCancellation(CustomerPortal.ViewSubscription.parse(aiko, jira)));

        SubscriptionView after = partnerView(jira);
        assertThat(after.site()).isNull();
        assertThat(after.cancellation()).isNotNull();
        assertThat(after.contacts()).extracting(SubscriptionView.ContactView::email)
                .containsExactly("ken@example.jp", "aiko@example.jp");
        assertThat(fx.storage.people().findByEmail(
                io.partnerportal.core.domain.party.EmailAddress.parse("taro@example.jp"))).isEmpty();
    }

    @Test
    void R19_aViewerSeesEverythingButIsOfferedNoButton() {
        CustomerPortal.Details asViewer = portal().details(CustomerPortal.ViewSubscription.parse(aiko, jira));
        assertThat(asViewer.subscription().entitlementNumber()).isEqualTo(jira);
        assertThat(asViewer.actions()).isEqualTo(new CustomerPortal.Actions(false, false, false, false,
                ContactRole.VIEWER));
        CustomerPortal.Details asManager = portal().details(CustomerPortal.ViewSubscription.parse(ken, jira));
        assertThat(asManager.actions()).isEqualTo(new CustomerPortal.Actions(true, true, false, false,
                ContactRole.MANAGER));
        CustomerPortal.Contacts contacts = portal().contacts(CustomerPortal.ViewSubscription.parse(aiko, jira));
        assertThat(contacts.role()).isEqualTo(ContactRole.VIEWER);
        assertThat(contacts.removable()).isEmpty();
    }

    @Test
    void R19_theContactsPageOffersToRemoveOnlyWhomTheRulesLetGo() {
        CustomerPortal.Contacts contacts = portal().contacts(CustomerPortal.ViewSubscription.parse(ken, jira));
        assertThat(contacts.role()).isEqualTo(ContactRole.MANAGER);
        // Ken is the only manager: removing him would be refused, removing the viewer Aiko would not
        assertThat(contacts.removable()).containsExactly("aiko@example.jp");
        portal().addContact(CustomerPortal.AddContact.parse(ken, jira, "taro@example.jp", "Taro", "ja", "MANAGER"));
        assertThat(portal().contacts(CustomerPortal.ViewSubscription.parse(ken, jira)).removable())
                .containsExactly("ken@example.jp", "aiko@example.jp", "taro@example.jp");
    }

    @Test
    void R19_theLastManagerIsNeverRemovedNorMadeAViewer() {
        assertThatThrownBy(() -> portal().removeContact(CustomerPortal.RemoveContact.parse(ken, jira,
                "ken@example.jp"))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LAST_MANAGER));
        assertThatThrownBy(() -> fx.partners().removeContact(PartnerOperations.RemoveContact.parse(partner, jira,
                "ken@example.jp"))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LAST_MANAGER));
        assertThatThrownBy(() -> fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                new Contact.Form("ken@example.jp", "Ken", "ja", "VIEWER"))))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LAST_MANAGER));
        assertThat(roleOf(partnerView(jira), "ken@example.jp")).isEqualTo(ContactRole.MANAGER);
    }

    @Test
    void R19_thePartnersPutGivesAContactAnotherRoleRecordedInTheHistoryWithoutAnEmail() {
        fx.deliverAll();
        fx.mail.clear();
        SubscriptionView v = fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                new Contact.Form("aiko@example.jp", "Aiko", "en", "MANAGER")));
        assertThat(roleOf(v, "aiko@example.jp")).isEqualTo(ContactRole.MANAGER);
        v = fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                new Contact.Form("ken@example.jp", "Ken", "ja", "VIEWER")));
        assertThat(roleOf(v, "ken@example.jp")).isEqualTo(ContactRole.VIEWER);
        // the same role again changes nothing
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                new Contact.Form("ken@example.jp", "Ken", "ja", "VIEWER")));
        List<HistoryItem> history = fx.partners().history(PartnerOperations.ListHistory.parse(partner, jira, null,
                null)).items();
        assertThat(history).extracting(HistoryItem::action).startsWith(HistoryAction.CONTACT_MADE_VIEWER,
                HistoryAction.CONTACT_MADE_MANAGER).doesNotHaveDuplicates();
        fx.deliverAll();
        assertThat(fx.delivered("ken@example.jp")).isEmpty();
        assertThat(fx.delivered("aiko@example.jp")).isEmpty();
    }

    @Test
    void R19_aManagerAddsAViewerAndAnAppSeenThroughAHostTakesTheHostsRole() {
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                new Contact.Form("aiko@example.jp", "Aiko", "en", "MANAGER")));
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, jira,
                new Contact.Form("ken@example.jp", "Ken", "ja", "VIEWER")));
        portal().setUp(CustomerPortal.SetUp.parse(aiko, jira, null, "acme", null));
        String app = fx.order(partner, account, "scriptrunner").hosts(jira).contact("taro@example.jp").placeOne()
                .entitlementNumber();
        assertThat(portal().details(CustomerPortal.ViewSubscription.parse(ken, app)).actions().role())
                .isEqualTo(ContactRole.VIEWER);
        assertThat(portal().details(CustomerPortal.ViewSubscription.parse(aiko, app)).actions().role())
                .isEqualTo(ContactRole.MANAGER);
        refusedAsViewer(() -> portal().cancel(CustomerPortal.Cancel.parse(ken, app, "END_OF_TERM", null)));

        SubscriptionView v = portal().addContact(CustomerPortal.AddContact.parse(aiko, jira, "jiro@example.jp",
                "Jiro", "ja", "VIEWER"));
        assertThat(roleOf(v, "jiro@example.jp")).isEqualTo(ContactRole.VIEWER);
        assertThatThrownBy(() -> CustomerPortal.AddContact.parse(aiko, jira, "x@example.jp", "X", "ja", "BOSS"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("role"));
        assertThat(fx.delivered("jiro@example.jp")).containsExactly(NotificationType.WELCOME);
    }

    @Test
    void R19_erasingTheLastManagerOfASubscriptionNotCancelledIsRefusedNamingIt() {
        assertThatThrownBy(() -> fx.core.personalData().erase("ken@example.jp"))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ERASURE_LEAVES_NO_MANAGER);
                    assertThat(e).hasMessageContaining(jira);
                });
        assertThat(partnerView(jira).contacts()).hasSize(2);
        // a viewer is not the last manager: erasing them removes them
        assertThat(fx.core.personalData().erase("aiko@example.jp").removedFrom()).containsExactly(jira);
    }
}
