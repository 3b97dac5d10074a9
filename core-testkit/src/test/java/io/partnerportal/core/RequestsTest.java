package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R23: customers ask their billing partner, partners answer. */
class RequestsTest {
    private static final String PARTNER_EMAIL = "billing@acmebilling.example";
    /** How many requests a subscription's page lists (the core's {@code SUBSCRIPTION_REQUESTS}). */
    private static final int SUBSCRIPTION_REQUESTS_SHOWN = 20;

    private PortalFixture fx;
    private PartnerId partner;
    private String account;
    private SubscriptionView jira;
    private SubscriptionView collection;
    private PersonId ken;
    private PersonId aiko;

    @BeforeEach
    void setUp() {
        fx = PortalFixture.on("2026-05-01");
        partner = PortalFixture.id(fx.partner("Acme Billing"));
        account = fx.account(partner, "Main");
        jira = fx.order(partner, account, "jira").site("acme").contact("ken@example.jp", "Ken", "ja", "MANAGER")
                .contact("aiko@example.jp", "Aiko", "en", "VIEWER").placeOne();
        collection = fx.order(partner, account, "teamwork-collection").site("team")
                .contact("ken@example.jp", "Ken", "ja", "MANAGER").place().get(0);
        ken = fx.person("ken@example.jp");
        aiko = fx.person("aiko@example.jp");
        fx.deliverAll();
        fx.mail.clear();
    }

    private CustomerPortal portal() {
        return fx.core.customerPortal();
    }

    private RequestView ask(PersonId who, String en, String kind, List<String> keep, String plan, String tier,
                            String cycle, String product, String site, String message) {
        return portal().askPartner(CustomerPortal.AskPartner.parse(who, en, kind, keep, plan, tier, cycle, product,
                site, message));
    }

    private RequestView askOther(String message) {
        return ask(ken, jira.entitlementNumber(), "OTHER", null, null, null, null, null, null, message);
    }

    private List<PartnerEventStore.Positioned> feed() {
        return fx.storage.events().page(partner, Optional.empty(), 0, 100);
    }

    @Test
    void R23_aManagerAsksTheSubscriptionsPartnerWhichIsRecordedAndEmailedAndNothingElseChanges() {
        RequestView r = ask(ken, collection.entitlementNumber(), "CANCEL_COLLECTION", List.of("jira", "loom"), null,
                null, null, null, null, "  Please cancel, keep Jira and Loom  ");
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(r.kind()).isEqualTo(RequestKind.CANCEL_COLLECTION);
        assertThat(r.keepProducts()).containsExactly("jira", "loom");
        assertThat(r.message()).isEqualTo("Please cancel, keep Jira and Loom");
        assertThat(r.askedBy()).isEqualTo("ken@example.jp");
        assertThat(r.productName()).isEqualTo("Teamwork Collection");

        List<HistoryItem> history = fx.partners().history(PartnerOperations.ListHistory.parse(partner,
                collection.entitlementNumber(), null, null)).items();
        HistoryItem line = history.get(0);
        assertThat(line.action()).isEqualTo(HistoryAction.REQUEST_CREATED);
        assertThat(line.actorKind()).isEqualTo(ActorKind.CONTACT);
        assertThat(line.details()).containsEntry("request", r.id()).containsEntry("kind", "CANCEL_COLLECTION");

        assertThat(fx.delivered(PARTNER_EMAIL)).containsExactly(NotificationType.PARTNER_REQUEST);
        NotificationContent email = fx.mail.sentTo(PARTNER_EMAIL).get(0);
        assertThat(email.locale().tag()).as("partners have no language yet: the default").isEqualTo("en");
        assertThat(email.request().message()).isEqualTo("Please cancel, keep Jira and Loom");
        assertThat(email.request().askedBy()).isEqualTo("ken@example.jp");
        assertThat(email.subscriptions().get(0).entitlementNumber()).isEqualTo(collection.entitlementNumber());

        PartnerEventStore.PartnerEvent event = feed().get(feed().size() - 1).event();
        assertThat(event.type()).isEqualTo("request.created");
        assertThat(event.body()).contains("\"request\":{\"id\":\"" + r.id() + "\"")
                .contains("\"keepProducts\":[\"jira\",\"loom\"]").contains("\"status\":\"OPEN\"");

        SubscriptionView after = fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner,
                collection.entitlementNumber()));
        assertThat(after.cancellation()).as("no request changes a subscription by itself").isNull();
    }

    @Test
    void R23_viewersCannotAsk() {
        assertThatThrownBy(() -> ask(aiko, jira.entitlementNumber(), "OTHER", null, null, null, null, null, null, "hi"))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VIEWER_ROLE));
        CustomerPortal.RequestsPage page = portal().requests(CustomerPortal.ViewSubscription.parse(aiko,
                jira.entitlementNumber()));
        assertThat(page.kinds()).isEmpty();
        assertThat(page.refusal()).isEqualTo(ErrorCode.VIEWER_ROLE);
        assertThat(fx.storage.requests().countOpen(io.partnerportal.core.domain.subscription.EntitlementNumber
                .parse(jira.entitlementNumber()))).isZero();
    }

    @Test
    void R23_atMostFiveOpenRequestsPerSubscription() {
        for (int i = 0; i < 5; i++) {
            askOther("question " + i);
        }
        assertThatThrownBy(() -> askOther("one more"))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS));
        assertThat(portal().requests(CustomerPortal.ViewSubscription.parse(ken, jira.entitlementNumber())).refusal())
                .isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
        RequestView first = portal().myRequests(CustomerPortal.ListMyRequests.parse(ken, null)).items().get(4);
        fx.partners().resolveRequest(PartnerOperations.ResolveRequest.parse(partner, first.id(), "DECLINED", null));
        assertThat(askOther("now there is room").status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void R23_theSubscriptionsPageOffersWhatTheAskPageOffers() {
        CustomerPortal.ViewSubscription kenOnJira = CustomerPortal.ViewSubscription.parse(ken, jira.entitlementNumber());
        CustomerPortal.Details details = portal().details(kenOnJira);
        assertThat(details.asking()).isEqualTo(portal().requests(kenOnJira).asking());
        assertThat(details.asking().kinds()).containsExactly(RequestKind.CHANGE, RequestKind.ADD_PRODUCT,
                RequestKind.OTHER);
        assertThat(details.asking().partnerName()).isEqualTo("Acme Billing");
        assertThat(portal().details(CustomerPortal.ViewSubscription.parse(ken, collection.entitlementNumber()))
                .asking().includedProducts()).isNotEmpty();
        CustomerPortal.Details viewer = portal().details(CustomerPortal.ViewSubscription.parse(aiko,
                jira.entitlementNumber()));
        assertThat(viewer.asking().kinds()).isEmpty();
        assertThat(viewer.asking().refusal()).isEqualTo(ErrorCode.VIEWER_ROLE);

        // the open ones are counted beyond the requests the page lists: 20 answered, then 5 open asked
        // before them (as a store holds them after requests asked and answered in another order)
        for (int i = 0; i < SUBSCRIPTION_REQUESTS_SHOWN; i++) {
            fx.clock.advance(Duration.ofMinutes(1));
            RequestView r = askOther("answered " + i);
            fx.partners().resolveRequest(PartnerOperations.ResolveRequest.parse(partner, r.id(), "DONE", null));
        }
        io.partnerportal.core.domain.subscription.EntitlementNumber number =
                io.partnerportal.core.domain.subscription.EntitlementNumber.parse(jira.entitlementNumber());
        for (int i = 0; i < 5; i++) {
            int n = i;
            fx.storage.unitOfWork().run(() -> fx.storage.requests().add(io.partnerportal.core.domain.request.PartnerRequest.ask(
                    io.partnerportal.core.domain.request.RequestId.random(), number, partner, ken,
                    java.time.Instant.parse("2026-04-01T00:00:00Z").plusSeconds(n),
                    io.partnerportal.core.domain.request.RequestWish.other(), "open " + n)));
        }
        CustomerPortal.Details full = portal().details(kenOnJira);
        assertThat(full.requests()).hasSize(SUBSCRIPTION_REQUESTS_SHOWN)
                .allMatch(r -> r.status() == RequestStatus.DONE);
        assertThat(full.asking().refusal()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
        assertThat(full.asking().kinds()).isEmpty();
        assertThat(portal().requests(kenOnJira).refusal()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
    }

    @Test
    void R23_aCancelledSubscriptionTakesOnlyARequestToAddAProduct() {
        fx.partners().cancel(PartnerOperations.Cancel.immediately(partner,
                io.partnerportal.core.domain.subscription.EntitlementNumber.parse(jira.entitlementNumber())));
        assertThatThrownBy(() -> askOther("come back"))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_CANCELLED));
        RequestView add = ask(ken, jira.entitlementNumber(), "ADD_PRODUCT", null, null, null, null, "confluence",
                "acme", null);
        assertThat(add.product()).isEqualTo("confluence");
        assertThat(add.site()).isEqualTo("acme.atlassian.net");
        assertThat(portal().requests(CustomerPortal.ViewSubscription.parse(ken, jira.entitlementNumber())).kinds())
                .containsExactly(RequestKind.ADD_PRODUCT);
    }

    @Test
    void R23_badInputNamesTheFieldAndChangesNothing() {
        assertThatThrownBy(() -> askOther("x".repeat(1001)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("message"));
        assertThatThrownBy(() -> ask(ken, jira.entitlementNumber(), "CHANGE", null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("plan"));
        assertThatThrownBy(() -> ask(ken, jira.entitlementNumber(), "CANCEL_COLLECTION", List.of(), null, null, null,
                null, null, null)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("kind"));
        assertThatThrownBy(() -> ask(ken, collection.entitlementNumber(), "CANCEL_COLLECTION", List.of("tempo-timesheets"),
                null, null, null, null, null, null)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("keepProducts"));
        assertThatThrownBy(() -> ask(ken, jira.entitlementNumber(), "ADD_PRODUCT", null, null, null, null, "nope",
                null, null)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("product"));
        assertThatThrownBy(() -> ask(ken, jira.entitlementNumber(), "OTHER", null, "PREMIUM", null, null, null, null,
                null)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("plan"));
        assertThatThrownBy(() -> ask(ken, jira.entitlementNumber(), "WISH", null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("kind"));
        assertThat(portal().myRequests(CustomerPortal.ListMyRequests.parse(ken, null)).items()).isEmpty();
        assertThat(feed()).noneMatch(p -> p.event().type().startsWith("request."));
    }

    @Test
    void R23_thePartnerListsAndResolvesAndTheAskingContactHearsOfIt() {
        RequestView a = askOther("first");
        fx.clock.advance(Duration.ofMinutes(1));
        RequestView b = ask(ken, jira.entitlementNumber(), "CHANGE", null, "PREMIUM", "100", null, null, null, null);
        fx.deliverAll();
        Page<RequestView> open = fx.partners().requests(PartnerOperations.ListRequests.parse(partner, "OPEN", null, null));
        assertThat(open.items()).extracting(RequestView::id).containsExactly(b.id(), a.id());

        RequestView done = fx.partners().resolveRequest(PartnerOperations.ResolveRequest.parse(partner, a.id(), "DONE",
                "Called you back"));
        assertThat(done.status()).isEqualTo(RequestStatus.DONE);
        assertThat(done.note()).isEqualTo("Called you back");
        assertThat(done.resolvedAt()).isNotNull();
        assertThat(fx.delivered("ken@example.jp")).containsExactly(NotificationType.REQUEST_RESOLVED);
        NotificationContent email = fx.mail.sentTo("ken@example.jp").get(0);
        assertThat(email.locale().tag()).isEqualTo("ja");
        assertThat(email.request().status()).isEqualTo(RequestStatus.DONE);
        assertThat(email.request().note()).isEqualTo("Called you back");
        assertThat(feed().get(feed().size() - 1).event().type()).isEqualTo("request.resolved");
        List<HistoryItem> history = fx.partners().history(PartnerOperations.ListHistory.parse(partner,
                jira.entitlementNumber(), null, null)).items();
        assertThat(history.get(0).action()).isEqualTo(HistoryAction.REQUEST_RESOLVED);
        assertThat(history.get(0).actorKind()).isEqualTo(ActorKind.PARTNER);

        assertThatThrownBy(() -> fx.partners().resolveRequest(PartnerOperations.ResolveRequest.parse(partner, a.id(),
                "DECLINED", null))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_ALREADY_RESOLVED));
        assertThatThrownBy(() -> fx.partners().resolveRequest(PartnerOperations.ResolveRequest.parse(partner, b.id(),
                "OPEN", null))).isInstanceOf(ValidationException.class);
        assertThat(fx.partners().requests(PartnerOperations.ListRequests.parse(partner, "DONE", null, null)).items())
                .extracting(RequestView::id).containsExactly(a.id());

        List<RequestView> onPage = portal().requests(CustomerPortal.ViewSubscription.parse(aiko,
                jira.entitlementNumber())).requests();
        assertThat(onPage).extracting(RequestView::status).containsExactly(RequestStatus.OPEN, RequestStatus.DONE);
    }

    @Test
    void R23_anotherPartnersRequestDoesNotExist() {
        RequestView a = askOther("mine");
        PartnerId other = PortalFixture.id(fx.partner("Other Billing"));
        assertThatThrownBy(() -> fx.partners().resolveRequest(PartnerOperations.ResolveRequest.parse(other, a.id(),
                "DONE", null))).isInstanceOf(NotFoundException.class);
        assertThat(fx.partners().requests(PartnerOperations.ListRequests.parse(other, null, null, null)).items()).isEmpty();
    }

    @Test
    void R23_aChangeOrCancellationNamingTheRequestResolvesItAsDone() {
        RequestView change = ask(ken, jira.entitlementNumber(), "CHANGE", null, "PREMIUM", null, null, null, null, null);
        SubscriptionView changed = fx.partners().changePlan(PartnerOperations.ChangePlan.parse(partner,
                jira.entitlementNumber(), "PREMIUM", null, null, null, change.id()));
        assertThat(changed.plan()).isEqualTo(Plan.PREMIUM);
        assertThat(fx.storage.requests().find(io.partnerportal.core.domain.request.RequestId.parse(change.id()))
                .orElseThrow().status()).isEqualTo(RequestStatus.DONE);
        assertThat(fx.delivered("ken@example.jp")).contains(NotificationType.SUBSCRIPTION_CHANGED,
                NotificationType.REQUEST_RESOLVED);

        fx.clock.advance(Duration.ofMinutes(1));
        RequestView cancel = ask(ken, collection.entitlementNumber(), "CANCEL_COLLECTION", List.of("jira"), null, null,
                null, null, null, null);
        assertThatThrownBy(() -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira.entitlementNumber(),
                null, null, null, cancel.id()))).as("the request is about another subscription")
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("requestId"));
        assertThat(fx.partners().subscription(PartnerOperations.GetSubscription.parse(partner,
                jira.entitlementNumber())).cancellation()).as("nothing changed").isNull();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, collection.entitlementNumber(), null, null,
                List.of("jira"), cancel.id()));
        assertThat(fx.partners().requests(PartnerOperations.ListRequests.parse(partner, "DONE", null, null)).items())
                .extracting(RequestView::id).containsExactly(cancel.id(), change.id());
        assertThatThrownBy(() -> fx.partners().changePlan(PartnerOperations.ChangePlan.parse(partner,
                jira.entitlementNumber(), "FREE", null, null, null, change.id())))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_ALREADY_RESOLVED));
    }

    @Test
    void R23_theContactsRequestsAreListedNewestFirstAndPaged() {
        for (int i = 0; i < 5; i++) {
            askOther("q" + i);
            fx.clock.advance(Duration.ofSeconds(1));
        }
        for (int i = 0; i < 20; i++) {
            ask(ken, collection.entitlementNumber(), "OTHER", null, null, null, null, null, null, "c" + i);
            fx.clock.advance(Duration.ofSeconds(1));
            if (i % 4 == 3) {
                fx.storage.requests().forSubscription(io.partnerportal.core.domain.subscription.EntitlementNumber
                        .parse(collection.entitlementNumber()), 4).forEach(r -> fx.partners().resolveRequest(
                        PartnerOperations.ResolveRequest.done(partner, r.id())));
            }
        }
        Page<RequestView> first = portal().myRequests(CustomerPortal.ListMyRequests.parse(ken, null));
        assertThat(first.items()).hasSize(20);
        assertThat(first.items().get(0).message()).isEqualTo("c19");
        Page<RequestView> second = portal().myRequests(CustomerPortal.ListMyRequests.parse(ken, first.next()));
        assertThat(second.items()).extracting(RequestView::message).containsExactly("q4", "q3", "q2", "q1", "q0");
        assertThat(second.next()).isNull();
    }

    @Test
    void R23_theResolvedEmailIsOptional() {
        RequestView a = askOther("first");
        portal().updatePreferences(new CustomerPortal.UpdatePreferences(ken, EnumSet.of(NotificationType.REQUEST_RESOLVED)));
        fx.partners().resolveRequest(PartnerOperations.ResolveRequest.declined(partner,
                io.partnerportal.core.domain.request.RequestId.parse(a.id())).note("not possible"));
        assertThat(fx.delivered("ken@example.jp")).doesNotContain(NotificationType.REQUEST_RESOLVED);
    }

    @Test
    void R23_exportCoversTheRequestsAndErasureBlanksTheirMessages() {
        portal().addContact(CustomerPortal.AddContact.parse(ken, jira.entitlementNumber(), "mia@example.jp", "Mia",
                "ja", "MANAGER"));
        PersonId mia = fx.person("mia@example.jp");
        ask(mia, jira.entitlementNumber(), "OTHER", null, null, null, null, null, null, "my phone is 090-1234-5678");
        PersonalData.Export export = fx.core.personalData().export("mia@example.jp");
        assertThat(export.requests()).extracting(PersonalData.RequestAsked::message)
                .containsExactly("my phone is 090-1234-5678");
        PersonalData.Erasure erasure = fx.core.personalData().erase("mia@example.jp");
        assertThat(erasure.requestMessages()).isEqualTo(1);
        RequestView kept = fx.partners().requests(PartnerOperations.ListRequests.of(partner)).items().get(0);
        assertThat(kept.message()).isNull();
        assertThat(kept.kind()).isEqualTo(RequestKind.OTHER);
        assertThat(kept.askedBy()).isEmpty();
    }
}
