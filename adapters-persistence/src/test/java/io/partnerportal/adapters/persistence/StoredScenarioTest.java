package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.signin.SignIn;
import io.partnerportal.core.support.SupportOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The core's use cases end to end on the real store, on H2 and on PostgreSQL. */
class StoredScenarioTest {

    @Nested
    class OnH2 extends Scenario {
        @Override
        Storage storage() {
            return TestDatabases.emptied(TestDatabases.h2()).storage();
        }
    }

    @Nested
    class OnPostgres extends Scenario {
        @Override
        Storage storage() {
            return TestDatabases.emptied(TestDatabases.postgres()).storage();
        }
    }

    abstract static class Scenario {
        abstract Storage storage();

        @Test
        void aPartnerAndAContactRunThroughTheLifeOfACollection() {
            PortalFixture fx = PortalFixture.on("2026-11-23", storage());
            var created = fx.partner("Reseller 株式会社");
            PartnerId partner = PortalFixture.id(created);
            assertThat(fx.core.apiAuthentication().authenticate(created.apiKey()))
                    .containsInstanceOf(ApiAuthentication.ApiCaller.PartnerCaller.class);
            String main = fx.account(partner, "Main");
            String other = fx.account(partner, "Other");
            List<SubscriptionView> collection = fx.order(partner, main, "teamwork-collection").site("team")
                    .start("2026-01-15").contact("ken@example.jp", "健", "ja").place();
            String collectionNumber = collection.get(0).entitlementNumber();
            String jira = collection.get(1).entitlementNumber();
            String tempo = fx.order(partner, main, "tempo-timesheets").hosts(jira).contact("taro@example.jp")
                    .placeOne().entitlementNumber();
            fx.order(partner, main, "atlassian-guard").organization("ACME").contact("ken@example.jp").place();
            fx.order(partner, main, "jira-service-management").site("later").start("2027-06-01")
                    .contact("ken@example.jp").place();
            PersonId ken = fx.person("ken@example.jp");

            CustomerPortal portal = fx.core.customerPortal();
            assertThat(portal.list(CustomerPortal.ListSubscriptions.parse(ken, ListTab.ACTIVE, null)).items())
                    .hasSize(7);
            assertThat(portal.list(CustomerPortal.ListSubscriptions.parse(ken, ListTab.UPCOMING, null)).items())
                    .hasSize(1);
            portal.addContact(CustomerPortal.AddContact.parse(ken, jira, "aiko@example.jp", "Aiko", "en"));
            assertThat(portal.contacts(CustomerPortal.ViewSubscription.parse(ken, jira)).contacts()).hasSize(2);

            List<SubscriptionView> moved = fx.partners().move(PartnerOperations.Move.parse(partner, collectionNumber,
                    other));
            assertThat(moved).extracting(SubscriptionView::entitlementNumber).contains(tempo);
            fx.partners().migrateSite(PartnerOperations.MigrateSite.parse(partner, "team.atlassian.net"));

            CancellationResult preview = fx.partners().previewCancellation(PartnerOperations.Cancel.parse(partner,
                    collectionNumber, null, "TOO_EXPENSIVE", List.of("jira")));
            CancellationResult cancel = fx.partners().cancel(PartnerOperations.Cancel.parse(partner,
                    collectionNumber, null, "TOO_EXPENSIVE", List.of("jira")));
            assertThat(cancel).isEqualTo(preview);
            assertThat(cancel.effectiveOn()).isEqualTo(LocalDate.parse("2027-01-15"));
            assertThat(cancel.kept()).extracting(SubscriptionView::entitlementNumber).containsExactly(jira);
            fx.partners().withdrawCancellation(PartnerOperations.GetSubscription.parse(partner, collectionNumber));
            fx.partners().cancel(PartnerOperations.Cancel.parse(partner, collectionNumber, "IMMEDIATE", null,
                    List.of("jira")));
            SubscriptionView standalone = fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner,
                    jira));
            assertThat(standalone.collection()).isNull();
            assertThat(standalone.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(standalone.apps()).containsExactly(tempo);

            String supportKey = fx.core.administration().createSupportKey();
            String supportId = ((ApiAuthentication.ApiCaller.SupportCaller) fx.core.apiAuthentication()
                    .authenticate(supportKey).orElseThrow()).keyId();
            fx.clock.advanceDays(2);
            SubscriptionView back = fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(
                    supportId, collectionNumber, false));
            assertThat(back.termStart()).isEqualTo(LocalDate.parse("2026-11-25"));

            Idempotency.Outcome once = fx.core.idempotency().run(new Idempotency.Call(partner, "k-1", "h"),
                    () -> new Idempotency.Response(200, "{\"ok\":true}"));
            assertThat(fx.core.idempotency().run(new Idempotency.Call(partner, "k-1", "h"),
                    () -> new Idempotency.Response(500, "never")).response()).isEqualTo(once.response());

            fx.core.signIn().requestLink("KEN@example.jp");
            fx.deliverAll();
            List<NotificationType> toKen = fx.mail.typesSentTo("ken@example.jp");
            assertThat(toKen.get(0)).isEqualTo(NotificationType.WELCOME);
            assertThat(toKen).contains(NotificationType.PRODUCT_ORDERED, NotificationType.BILLING_ACCOUNT_CHANGED,
                    NotificationType.SITE_MIGRATED, NotificationType.CANCELLATION_SCHEDULED,
                    NotificationType.CANCELLATION_WITHDRAWN, NotificationType.CANCELLED, NotificationType.REACTIVATED,
                    NotificationType.SIGN_IN_LINK);
            // V2: links have their own lane, so the newest link need not be the last email sent
            String token = lastLink(fx, "ken@example.jp");
            SignIn.SignedIn signedIn = fx.core.signIn().redeem(token);
            assertThat(fx.core.signIn().resolve(signedIn.sessionToken()).orElseThrow().name()).isEqualTo("健");

            assertThat(fx.partners().history(PartnerOperations.ListHistory.parse(partner, collectionNumber, null, null))
                    .items()).extracting(h -> h.action()).contains(HistoryAction.ORDERED, HistoryAction.SITE_MIGRATED,
                    HistoryAction.BILLING_ACCOUNT_CHANGED, HistoryAction.REACTIVATED);
        }

        @Test
        void aPersonIsExportedThenErasedEverywhereOnTheStore() {
            PortalFixture fx = PortalFixture.on("2026-11-23", storage());
            PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
            String main = fx.account(partner, "Main");
            String jira = fx.order(partner, main, "jira").site("erase").contact("ken_1@example.jp", "健", "ja")
                    .contact("aiko@example.jp").placeOne().entitlementNumber();
            String solo = fx.order(partner, main, "confluence").site("erase").contact("ken_1@example.jp").placeOne()
                    .entitlementNumber();
            PersonId ken = fx.person("ken_1@example.jp");
            fx.core.signIn().requestLink("ken_1@example.jp");
            fx.deliverAll();
            String session = fx.core.signIn().redeem(lastLink(fx, "ken_1@example.jp")).sessionToken();
            fx.core.customerPortal().addContact(CustomerPortal.AddContact.parse(ken, jira, "taro@example.jp", "Taro",
                    "en"));

            PersonalData.Export export = fx.core.personalData().export("ken_1@example.jp");
            assertThat(export.profile().name()).isEqualTo("健");
            assertThat(export.subscriptions()).extracting(PersonalData.ContactOf::entitlementNumber)
                    .containsExactlyInAnyOrder(jira, solo);
            assertThat(export.history()).anySatisfy(l -> assertThat(l.actor()).isEqualTo("ken_1@example.jp"));
            assertThat(export.emails()).extracting(PersonalData.Email::type).contains("WELCOME", "SIGN_IN_LINK");
            assertThat(export.sessions()).hasSize(1);
            assertThat(export.signInLinks()).hasSize(1);

            // the last contact of a subscription not cancelled: refused, nothing changed
            assertThatThrownBy(() -> fx.core.personalData().erase("ken_1@example.jp"))
                    .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.getMessage()).contains(solo));
            assertThat(fx.core.signIn().resolve(session)).isPresent();
            fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, solo, "aiko@example.jp", "Aiko",
                    "en"));

            PersonalData.Erasure erasure = fx.core.personalData().erase("ken_1@example.jp");
            assertThat(erasure.removedFrom()).containsExactlyInAnyOrder(jira, solo);
            assertThat(erasure.sessions()).isEqualTo(1);
            assertThat(fx.core.signIn().resolve(session)).isEmpty();
            assertThat(fx.storage.people().findByEmail(new EmailAddress("ken_1@example.jp"))).isEmpty();
            EmailAddress pseudonym = new EmailAddress(erasure.pseudonym());
            assertThat(fx.storage.people().find(ken).orElseThrow().email()).isEqualTo(pseudonym);
            assertThat(fx.storage.outbox().forRecipient(new EmailAddress("ken_1@example.jp"))).isEmpty();
            assertThat(fx.storage.outbox().forRecipient(pseudonym)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.content().recipientName()).isEqualTo("Erased contact"));
            for (String n : List.of(jira, solo)) {
                assertThat(fx.partners().history(PartnerOperations.ListHistory.parse(partner, n, null, null)).items())
                        .noneMatch(h -> h.actor().equals("ken_1@example.jp")
                                || h.details().containsValue("ken_1@example.jp"))
                        .anySatisfy(h -> {
                            assertThat(h.action()).isEqualTo(HistoryAction.CONTACT_REMOVED);
                            assertThat(h.actor()).isEqualTo("vendor support");
                        });
            }
            assertThat(fx.storage.history().naming(ken, new EmailAddress("ken_1@example.jp")))
                    .allMatch(h -> h.actorId().equals(ken.toString()));
        }
    }

    /** The token of the newest sign-in link sent to {@code email}. */
    static String lastLink(PortalFixture fx, String email) {
        var links = fx.mail.sentTo(email).stream().filter(c -> c.type() == NotificationType.SIGN_IN_LINK).toList();
        return links.get(links.size() - 1).signInToken();
    }
}
