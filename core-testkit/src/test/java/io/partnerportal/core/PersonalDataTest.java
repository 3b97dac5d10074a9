package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.support.SupportOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person's personal data on request (SPEC §6.5): export and erasure. */
class PersonalDataTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-23");
    private PartnerId partner;
    private String account;
    private String jira;
    private String confluence;
    private PersonId ken;

    @BeforeEach
    void contacts() {
        partner = PortalFixture.id(fx.partner("Reseller"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp", "Ken", "ja")
                .contact("aiko@example.jp").placeOne().entitlementNumber();
        confluence = fx.order(partner, account, "confluence").site("acme").contact("aiko@example.jp").placeOne()
                .entitlementNumber();
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner, confluence, "ken@example.jp",
                "Ken", "ja"));
        ken = fx.person("ken@example.jp");
        fx.deliverAll();
        // Ken adds somebody himself: a history line with Ken as the actor
        fx.core.customerPortal().addContact(CustomerPortal.AddContact.parse(ken, confluence, "taro@example.jp",
                "Taro", "en"));
    }

    private PersonalData data() {
        return fx.core.personalData();
    }

    private String signIn() {
        fx.core.signIn().requestLink("ken@example.jp");
        fx.deliverAll();
        // V2: links have their own lane, so the newest link is not always the last email sent
        var links = fx.mail.sentTo("ken@example.jp").stream()
                .filter(c -> c.type() == io.partnerportal.core.domain.notification.NotificationType.SIGN_IN_LINK).toList();
        return fx.core.signIn().redeem(links.get(links.size() - 1).signInToken()).sessionToken();
    }

    @Test
    void theExportHoldsTheProfileSubscriptionsHistoryEmailsSessionsAndLinks() {
        signIn();
        PersonalData.Export export = data().export(" KEN@example.jp ");
        assertThat(export.profile()).isEqualTo(new PersonalData.Profile(ken.toString(), "ken@example.jp", "Ken", "ja",
                false, fx.clock.instant(), null));
        assertThat(export.subscriptions()).extracting(PersonalData.ContactOf::entitlementNumber)
                .containsExactlyInAnyOrder(jira, confluence);
        assertThat(export.subscriptions()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo("ACTIVE");
            assertThat(s.partner()).isEqualTo("Reseller");
        });
        assertThat(export.history()).extracting(PersonalData.HistoryLine::action, l -> l.details().get("contact"))
                .contains(org.assertj.core.groups.Tuple.tuple(HistoryAction.CONTACT_ASSIGNED.name(), "ken@example.jp"),
                        org.assertj.core.groups.Tuple.tuple(HistoryAction.CONTACT_ASSIGNED.name(), "taro@example.jp"));
        assertThat(export.history()).filteredOn(l -> "taro@example.jp".equals(l.details().get("contact")))
                .singleElement().satisfies(l -> {
                    assertThat(l.actorKind()).isEqualTo(ActorKind.CONTACT.name());
                    assertThat(l.actor()).isEqualTo("ken@example.jp");
                });
        assertThat(export.history()).noneMatch(l -> "aiko@example.jp".equals(l.details().get("contact")));
        assertThat(export.emails()).extracting(PersonalData.Email::type).containsExactly("WELCOME", "PRODUCT_ORDERED",
                "CONTACT_ADDED", "SIGN_IN_LINK");
        assertThat(export.emails()).allMatch(e -> e.status().equals("SENT"));
        assertThat(export.emails().get(1).subscriptions()).containsExactly(jira);
        assertThat(export.sessions()).hasSize(1);
        assertThat(export.signInLinks()).singleElement().satisfies(l -> assertThat(l.usedAt()).isNotNull());
        assertThat(export.subscriptions()).extracting(PersonalData.ContactOf::role).containsOnly("MANAGER");
        assertThat(export.switchedOff()).isEmpty();
    }

    @Test
    void theExportHoldsTheEmailsSwitchedOff() {
        fx.core.customerPortal().updatePreferences(new io.partnerportal.core.portal.CustomerPortal
                .UpdatePreferences(ken, java.util.Set.of(io.partnerportal.core.domain.notification.NotificationType
                .SITE_MIGRATED, io.partnerportal.core.domain.notification.NotificationType.RENEWAL_REMINDER)));

        assertThat(data().export("ken@example.jp").switchedOff()).containsExactly("RENEWAL_REMINDER",
                "SITE_MIGRATED");
    }

    @Test
    void anUnknownOrMalformedEmailIsRefusedByName() {
        assertThatThrownBy(() -> data().export("nobody@example.jp")).isInstanceOf(NotFoundException.class)
                .hasMessage("Person with email nobody@example.jp not found");
        assertThatThrownBy(() -> data().erase("nobody@example.jp")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data().erase("not an email")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("email"));
    }

    @Test
    void erasingTheLastContactOfASubscriptionNotCancelledIsRefusedNamingItAndChangesNothing() {
        String solo = fx.order(partner, account, "jira").site("solo").contact("ken@example.jp").placeOne()
                .entitlementNumber();
        String token = signIn();
        PersonalData.Export before = data().export("ken@example.jp");
        assertThatThrownBy(() -> data().erase("ken@example.jp")).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ERASURE_LEAVES_NO_CONTACT);
                    assertThat(e).hasMessage("ken@example.jp is the last contact of " + solo
                            + ", not cancelled; add another contact there before erasing them");
                });
        assertThat(data().export("ken@example.jp")).usingRecursiveComparison().ignoringFields("exportedAt")
                .isEqualTo(before);
        assertThat(fx.core.signIn().resolve(token)).isPresent();
    }

    @Test
    void erasureRemovesThePersonEverywhereAndPseudonymisesWhatStays() {
        String token = signIn();
        fx.core.signIn().requestLink("ken@example.jp"); // asked for, not yet issued
        fx.partners().reportUsage(PartnerOperations.ReportUsage.parse(partner, jira, 7));
        // an email queued, not sent yet
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner,
                fx.order(partner, account, "confluence").site("other").contact("aiko@example.jp").placeOne()
                        .entitlementNumber(), "ken@example.jp", "Ken", "ja"));
        PersonId id = ken;
        EmailAddress pseudonym = Person.pseudonym(id);

        PersonalData.Erasure erasure = data().erase("ken@example.jp");

        assertThat(erasure.pseudonym()).isEqualTo(pseudonym.value()).matches("erased-[0-9a-f]{12}@erased\\.invalid");
        assertThat(erasure.removedFrom()).hasSize(3).contains(jira, confluence);
        assertThat(erasure.keptOn()).isEmpty();
        assertThat(erasure.sessions()).isEqualTo(1);
        assertThat(erasure.signInLinks()).isEqualTo(2);
        assertThat(erasure.emailsDeleted()).isEqualTo(1);
        assertThat(erasure.emailsKept()).isEqualTo(4);
        // the lines naming Ken as a contact: assigned to confluence and to the new one (an order's line names none)
        assertThat(erasure.historyLines()).isEqualTo(2);

        assertThat(fx.storage.people().findByEmail(EmailAddress.parse("ken@example.jp"))).isEmpty();
        Person erased = fx.storage.people().find(id).orElseThrow();
        assertThat(erased.email()).isEqualTo(pseudonym);
        assertThat(erased.name()).isEqualTo(Person.ERASED_NAME);
        assertThat(erased.isErased()).isTrue();
        assertThat(fx.storage.subscriptions().findAssignedTo(id)).isEmpty();
        assertThat(fx.core.signIn().resolve(token)).isEmpty();
        assertThat(fx.storage.sessions().forPerson(id)).isEmpty();
        assertThat(fx.storage.signInTokens().forPerson(id)).isEmpty();
        assertThat(fx.storage.outbox().forRecipient(EmailAddress.parse("ken@example.jp"))).isEmpty();
        List<NotificationOutbox.Entry> kept = fx.storage.outbox().forRecipient(pseudonym);
        assertThat(kept).hasSize(4).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(NotificationOutbox.Status.SENT);
            assertThat(e.content().recipient()).isEqualTo(pseudonym);
            assertThat(e.content().recipientName()).isEqualTo("Erased contact");
        });

        List<HistoryItem> history = fx.partners().history(PartnerOperations.ListHistory.parse(partner, confluence,
                null, null)).items();
        assertThat(history).noneMatch(i -> i.details().containsValue("ken@example.jp")
                || i.actor().equals("ken@example.jp"));
        assertThat(history.get(0)).satisfies(i -> {
            assertThat(i.action()).isEqualTo(HistoryAction.CONTACT_REMOVED);
            assertThat(i.actorKind()).isEqualTo(ActorKind.SUPPORT);
            assertThat(i.actor()).isEqualTo("vendor support");
            assertThat(i.details()).isEqualTo(Map.of("contact", pseudonym.value()));
        });
        assertThat(history).filteredOn(i -> i.details().containsValue("taro@example.jp")).singleElement()
                .satisfies(i -> assertThat(i.actor()).isEqualTo(pseudonym.value()));
        assertThat(history).filteredOn(i -> i.action() == HistoryAction.CONTACT_ASSIGNED
                && i.details().containsValue(pseudonym.value())).hasSize(1);

        fx.mail.clear();
        fx.core.signIn().requestLink("ken@example.jp");
        fx.deliverAll();
        assertThat(fx.mail.sentTo("ken@example.jp")).isEmpty();
        assertThat(fx.mail.sentTo(pseudonym.value())).isEmpty();
        assertThatThrownBy(() -> fx.core.signIn().requestLink(pseudonym.value()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> data().erase("ken@example.jp")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onACancelledSubscriptionTheLastContactStaysUnderThePseudonymAndIsSentNothing() {
        String old = fx.order(partner, account, "jira").site("old").start("2026-01-15").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, old, "IMMEDIATE", "UNUSED", null));
        fx.clock.setDate(LocalDate.parse("2026-12-10"));
        fx.deliverAll();

        PersonalData.Erasure erasure = data().erase("ken@example.jp");

        assertThat(erasure.keptOn()).containsExactly(old);
        assertThat(erasure.removedFrom()).containsExactlyInAnyOrder(jira, confluence);
        EmailAddress pseudonym = Person.pseudonym(ken);
        assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner, old)).contacts())
                .extracting(c -> c.email()).containsExactly(pseudonym.value());
        fx.mail.clear();
        String supportKey = fx.core.administration().createSupportKey();
        String support = ((ApiAuthentication.ApiCaller.SupportCaller) fx.core.apiAuthentication()
                .authenticate(supportKey).orElseThrow()).keyId();
        fx.core.supportOperations().reactivate(SupportOperations.Reactivate.parse(support, old, false));
        fx.deliverAll();
        assertThat(fx.mail.sentTo(pseudonym.value())).isEmpty();
        assertThat(fx.storage.outbox().forRecipient(pseudonym)).noneMatch(e -> e.type()
                == NotificationType.REACTIVATED);
    }

    @Test
    void S8_anErasureClearsTheAddressFromTheRepliesRecordedWithTheEmails() {
        // the mail server refuses once, quoting the address, then takes the email
        fx.partners().assignContact(PartnerOperations.AssignContact.parse(partner,
                fx.order(partner, account, "loom").site("video").contact("aiko@example.jp").placeOne()
                        .entitlementNumber(), "ken@example.jp", "Ken", "ja"));
        fx.mail.behave(e -> e.content().recipient().value().equals("ken@example.jp")
                ? new io.partnerportal.core.port.out.NotificationSender.Result.TemporaryFailure(
                "452 4.2.2 <Ken@Example.JP>: mailbox full")
                : new io.partnerportal.core.port.out.NotificationSender.Result.Sent());
        fx.deliverAll();
        fx.mail.acceptAll();
        fx.clock.advance(java.time.Duration.ofMinutes(5));
        fx.deliverAll();
        assertThat(fx.storage.outbox().forRecipient(EmailAddress.parse("ken@example.jp")))
                .anySatisfy(e -> assertThat(e.lastError()).containsIgnoringCase("ken@example.jp"));

        data().erase("ken@example.jp");

        EmailAddress pseudonym = Person.pseudonym(ken);
        assertThat(fx.storage.outbox().forRecipient(pseudonym)).isNotEmpty().allSatisfy(e -> {
            assertThat(String.valueOf(e.lastError())).doesNotContainIgnoringCase("ken@example.jp");
            assertThat(e.content().toString()).doesNotContainIgnoringCase("ken@example.jp");
        });
        assertThat(fx.storage.outbox().forRecipient(pseudonym))
                .anySatisfy(e -> assertThat(e.lastError()).contains(pseudonym.value()));
    }

    private List<NotificationOutbox.Entry> everyEmail() {
        return fx.storage.outbox().find(java.util.stream.LongStream.range(0, 10_000).boxed().toList());
    }

    private List<String> partnersEvents() {
        return fx.storage.events().page(partner, java.util.Optional.empty(), 0, 1_000).stream()
                .map(p -> p.event().body()).toList();
    }

    private static boolean namesKen(NotificationOutbox.Entry e) {
        return (e.recipient() + " " + e.content() + " " + e.lastError() + " " + e.subject())
                .toLowerCase(java.util.Locale.ROOT).contains("ken@example.jp");
    }

    @Test
    void S8_afterAnErasureNoEmailOfAnyRecipientNorAnyPartnerEventHoldsTheAddressOrWhatTheyAsked() {
        String written = "Please call me back, or write to KEN@Example.jp";
        RequestView kens = fx.core.customerPortal().askPartner(CustomerPortal.AskPartner.parse(ken, jira, "OTHER", null,
                null, null, null, null, null, written));
        PersonId aiko = fx.person("aiko@example.jp");
        RequestView aikos = fx.core.customerPortal().askPartner(CustomerPortal.AskPartner.parse(aiko, confluence,
                "OTHER", null, null, null, null, null, null, "Aiko asks for herself"));
        fx.partners().resolveRequest(PartnerOperations.ResolveRequest.done(partner, RequestId.parse(kens.id()))
                .note("Wrote to Ken@example.jp"));
        fx.deliverAll();
        List<NotificationOutbox.Entry> before = everyEmail();
        // the partner's contact was told of Ken's request, Ken of its answer; the partner's events tell it too
        assertThat(before).filteredOn(e -> e.content().request() != null
                        && e.content().request().id().equals(kens.id()))
                .extracting(NotificationOutbox.Entry::type)
                .containsExactly(NotificationType.PARTNER_REQUEST, NotificationType.REQUEST_RESOLVED);
        List<String> eventsBefore = partnersEvents();
        assertThat(eventsBefore).filteredOn(b -> b.contains(kens.id())).hasSize(2)
                .allSatisfy(b -> assertThat(b).contains(written));

        data().erase("ken@example.jp");

        EmailAddress pseudonym = Person.pseudonym(ken);
        List<NotificationOutbox.Entry> after = everyEmail();
        assertThat(after).noneMatch(PersonalDataTest::namesKen)
                .noneMatch(e -> String.valueOf(e.content()).contains("Please call me back"));
        assertThat(after).filteredOn(e -> e.content().request() != null && e.content().request().id().equals(kens.id()))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.content().request().askedBy()).isEqualTo(pseudonym.value());
                    assertThat(e.content().request().message()).isNull();
                    assertThat(e.content().request().kind()).isEqualTo(RequestKind.OTHER);
                })
                .anySatisfy(e -> assertThat(e.content().request().note())
                        .isEqualTo("Wrote to " + pseudonym.value()))
                .anySatisfy(e -> assertThat(e.recipient().value()).isEqualTo("billing@reseller.example"));
        // everybody else's emails are as they were, Aiko's request among them
        List<NotificationOutbox.Entry> others = before.stream().filter(e -> !namesKen(e)).toList();
        assertThat(others).filteredOn(e -> e.content().request() != null).singleElement()
                .satisfies(e -> assertThat(e.content().request().message()).isEqualTo("Aiko asks for herself"));
        assertThat(after).containsAll(others);

        List<String> eventsAfter = partnersEvents();
        assertThat(eventsAfter).noneSatisfy(b -> assertThat(b).containsIgnoringCase("ken@example.jp"))
                .noneSatisfy(b -> assertThat(b).contains("Please call me back"));
        assertThat(eventsAfter).filteredOn(b -> b.contains(kens.id())).hasSize(2)
                .allSatisfy(b -> assertThat(b).contains(",\"message\":null,"));
        assertThat(eventsAfter).containsAll(eventsBefore.stream().filter(b -> !b.contains(kens.id())).toList())
                .anySatisfy(b -> assertThat(b).contains(aikos.id()).contains("\"message\":\"Aiko asks for herself\""));
    }
}
