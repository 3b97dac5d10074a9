package io.partnerportal.core.application;

import static io.partnerportal.core.testing.SubscriptionBuilder.aCollection;
import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static io.partnerportal.core.testing.SubscriptionBuilder.anApp;
import static io.partnerportal.core.testing.SubscriptionBuilder.includedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.cancellation.CancellationOutcome;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.CancellationEffective;
import io.partnerportal.core.domain.event.CancellationScheduled;
import io.partnerportal.core.domain.event.CancellationWithdrawn;
import io.partnerportal.core.domain.event.ContactAssigned;
import io.partnerportal.core.domain.event.ContactRemoved;
import io.partnerportal.core.domain.event.ContactRoleChanged;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.PersonRegistered;
import io.partnerportal.core.domain.event.PlanChangeRecorded;
import io.partnerportal.core.domain.event.ReminderDue;
import io.partnerportal.core.domain.event.SignInLinkIssued;
import io.partnerportal.core.domain.event.SiteMigrated;
import io.partnerportal.core.domain.event.SubscriptionsMoved;
import io.partnerportal.core.domain.event.SubscriptionsOrdered;
import io.partnerportal.core.domain.event.SubscriptionsReactivated;
import io.partnerportal.core.domain.event.SubscriptionsSetUp;
import io.partnerportal.core.domain.event.UsageReported;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.WithdrawalNote;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.InMemoryStorage;
import io.partnerportal.core.testing.PartyBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The one place where events become history and emails (SPEC §6.1): every event type is
 * translated, each into one history line per change and the emails its type decides.
 */
class EventTranslatorTest {

    /** The translator over a store's ports, as the core wires it. */
    static EventTranslator translator(Storage storage) {
        return new EventTranslator(storage.history(), storage.outbox(), storage.people(), storage.partners(),
                storage.catalogue(), new PartnerEvents(storage.subscriptions(), storage.events(), storage.webhooks()));
    }
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private final Storage storage = InMemoryStorage.create();
    private final Partner partner = PartyBuilder.aPartner("Reseller");
    private final Person ken = PartyBuilder.aPerson("ken@example.jp");
    private final Person aiko = PartyBuilder.aPerson("aiko@example.jp");
    private final Act act = new Act(new Actor.Partner(partner.id()), AT);
    private final SubscriptionState jira = aProduct().partner(partner.id()).site("acme.atlassian.net")
            .contacts(ken.id()).state();
    private final SubscriptionState app = anApp(jira.number()).partner(partner.id()).contacts(aiko.id()).state();

    private UUID id() {
        return DomainEvent.newId();
    }

    private CancellationOutcome outcome() {
        return new CancellationOutcome(jira, LocalDate.parse("2027-01-15"), List.of(app), List.of(), List.of());
    }

    private List<SubscriptionChange> changed(SubscriptionState s, HistoryDetail detail) {
        return List.of(new SubscriptionChange(s.number(), detail));
    }

    /** One sample of every event type, and the emails it must send. */
    private Map<Class<? extends DomainEvent>, Sample> samples() {
        BillingAccount from = PartyBuilder.anAccount(partner.id(), "Old");
        BillingAccount to = PartyBuilder.anAccount(partner.id(), "New");
        HistoryDetail scheduled = new HistoryDetail.CancellationRequested(HistoryAction.CANCELLATION_SCHEDULED,
                LocalDate.parse("2027-01-15"), null);
        Map<Class<? extends DomainEvent>, Sample> s = new LinkedHashMap<>();
        s.put(SubscriptionsOrdered.class, new Sample(() -> new SubscriptionsOrdered(id(), act, List.of(jira)),
                NotificationType.PRODUCT_ORDERED));
        s.put(PersonRegistered.class, new Sample(() -> new PersonRegistered(id(), act, ken), NotificationType.WELCOME));
        s.put(ContactAssigned.class, new Sample(() -> new ContactAssigned(id(), act, jira, aiko, false),
                NotificationType.CONTACT_ADDED));
        s.put(ContactRemoved.class, new Sample(() -> new ContactRemoved(id(), act, jira, aiko.email())));
        s.put(ReminderDue.class, new Sample(() -> new ReminderDue(id(), act, jira,
                io.partnerportal.core.domain.notification.Reminders.Kind.RENEWAL_30, LocalDate.parse("2026-12-23"),
                List.of(ken.id())), NotificationType.RENEWAL_REMINDER));
        s.put(ContactRoleChanged.class, new Sample(() -> new ContactRoleChanged(id(), act, jira, ken.email(),
                ContactRole.VIEWER)));
        s.put(UsageReported.class, new Sample(() -> new UsageReported(id(), act, aProduct().partner(partner.id())
                .activeUsers(42).contacts(ken.id()).state())));
        s.put(SubscriptionsMoved.class, new Sample(() -> new SubscriptionsMoved(id(), act, List.of(jira), from, to),
                NotificationType.BILLING_ACCOUNT_CHANGED));
        s.put(SubscriptionsSetUp.class, new Sample(() -> new SubscriptionsSetUp(id(), act, List.of(jira),
                SiteUrl.of("acme.atlassian.net"), null)));
        s.put(SiteMigrated.class, new Sample(() -> new SiteMigrated(id(), act, SiteUrl.of("acme.atlassian.net"),
                LocalDate.parse("2026-11-23"), List.of(jira), List.of(ken)), NotificationType.SITE_MIGRATED));
        s.put(CancellationScheduled.class, new Sample(() -> new CancellationScheduled(id(), act, outcome(),
                List.of(jira), changed(jira, scheduled)), NotificationType.CANCELLATION_SCHEDULED,
                NotificationType.CANCELLATION_SCHEDULED));
        s.put(CancellationEffective.class, new Sample(() -> new CancellationEffective(id(), act, outcome(),
                List.of(jira), changed(jira, scheduled)), NotificationType.CANCELLED, NotificationType.CANCELLED));
        s.put(CancellationWithdrawn.class, new Sample(() -> new CancellationWithdrawn(id(), act, outcome(),
                List.of(jira), changed(jira, new HistoryDetail.Withdrawn(HistoryAction.CANCELLATION_WITHDRAWN))),
                NotificationType.CANCELLATION_WITHDRAWN, NotificationType.CANCELLATION_WITHDRAWN));
        s.put(SubscriptionsReactivated.class, new Sample(() -> new SubscriptionsReactivated(id(), act, List.of(jira),
                List.of(jira), changed(jira, new HistoryDetail.Reactivated(LocalDate.parse("2026-11-23")))),
                NotificationType.REACTIVATED));
        s.put(SignInLinkIssued.class, new Sample(() -> new SignInLinkIssued(id(), act, ken, "secret",
                AT.plusSeconds(900)), NotificationType.SIGN_IN_LINK));
        SubscriptionState changing = aProduct().partner(partner.id()).contacts(ken.id()).pendingChange(new PlanChange(
                Plan.FREE, 10, BillingCycle.MONTHLY, LocalDate.parse("2027-01-15"))).state();
        s.put(PlanChangeRecorded.class, new Sample(() -> new PlanChangeRecorded(id(), act,
                PlanChangeRecorded.Kind.SCHEDULED, changing, changed(changing, new HistoryDetail.PlanChanged(
                HistoryAction.CHANGE_SCHEDULED, Plan.FREE, 10, BillingCycle.MONTHLY, LocalDate.parse("2027-01-15")))
                .get(0)), NotificationType.CHANGE_SCHEDULED));
        io.partnerportal.core.domain.request.PartnerRequest asked = io.partnerportal.core.domain.request.PartnerRequest
                .ask(io.partnerportal.core.domain.request.RequestId.random(), jira.number(), partner.id(), ken.id(), AT,
                        io.partnerportal.core.domain.request.RequestWish.other(), "call me");
        s.put(io.partnerportal.core.domain.event.RequestCreated.class, new Sample(() ->
                new io.partnerportal.core.domain.event.RequestCreated(id(), act, jira, asked),
                NotificationType.PARTNER_REQUEST));
        s.put(io.partnerportal.core.domain.event.RequestResolved.class, new Sample(() ->
                new io.partnerportal.core.domain.event.RequestResolved(id(), act, jira, asked.resolve(
                        io.partnerportal.core.domain.request.RequestStatus.DONE, null, AT,
                        io.partnerportal.core.domain.party.ActorKind.PARTNER, partner.id().toString())),
                NotificationType.REQUEST_RESOLVED));
        return s;
    }

    private record Sample(Supplier<DomainEvent> event, List<NotificationType> emails) {
        Sample(Supplier<DomainEvent> event, NotificationType... emails) {
            this(event, Arrays.asList(emails));
        }
    }

    @Test
    void everyEventTypeHasASampleHere() {
        Set<Class<?>> types = Arrays.stream(DomainEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(types.stream()
                .map(c -> c.asSubclass(DomainEvent.class)).toList());
    }

    @Test
    void everyEventTypeBecomesItsHistoryLinesAndItsEmails() {
        storage.unitOfWork().run(() -> {
            storage.partners().add(partner);
            storage.people().add(ken);
            storage.people().add(aiko);
        });
        EventTranslator translator = translator(storage);
        samples().forEach((type, sample) -> {
            DomainEvent e = sample.event().get();
            long before = storage.outbox().counts().pending();
            storage.unitOfWork().run(() -> translator.translate(List.of(e)));
            for (SubscriptionChange c : e.changes()) {
                assertThat(storage.history().page(c.subscription(), null, 1000))
                        .as(type.getSimpleName()).anySatisfy(h -> {
                            assertThat(h.detail()).isEqualTo(c.detail());
                            assertThat(h.actorKind()).isEqualTo(act.actor().kind());
                            assertThat(h.at()).isEqualTo(AT);
                        });
            }
            assertThat(storage.outbox().counts().pending() - before).as(type.getSimpleName())
                    .isEqualTo(sample.emails().size());
        });
        assertThat(storage.outbox().forRecipient(aiko.email())).extracting(NotificationOutbox.Entry::type)
                .containsExactly(NotificationType.CONTACT_ADDED, NotificationType.CANCELLATION_SCHEDULED,
                        NotificationType.CANCELLED, NotificationType.CANCELLATION_WITHDRAWN);
    }

    @Test
    void R13_aCancellationEmailSaysWhoCanWithdrawIt() {
        SubscriptionState collection = aCollection().partner(partner.id()).contacts(ken.id()).state();
        SubscriptionState included = includedIn(collection, "jira").contacts(aiko.id()).state();
        SubscriptionState losing = anApp(jira.number()).contacts(PartyBuilder.somePerson().id()).state();
        LocalDate on = LocalDate.parse("2027-01-15");
        CancellationOutcome product = new CancellationOutcome(jira, on, List.of(app), List.of(losing), List.of());
        assertThat(EventTranslator.withdrawal(ken.id(), product)).isEqualTo(WithdrawalNote.IN_PORTAL);
        assertThat(EventTranslator.withdrawal(aiko.id(), product)).isEqualTo(WithdrawalNote.WITH_HOST);
        assertThat(EventTranslator.withdrawal(losing.contacts().get(0), product)).isEqualTo(WithdrawalNote.NONE);
        CancellationOutcome bundle = new CancellationOutcome(collection, on, List.of(included), List.of(), List.of());
        assertThat(EventTranslator.withdrawal(ken.id(), bundle)).isEqualTo(WithdrawalNote.ASK_PARTNER);
        assertThat(EventTranslator.withdrawal(aiko.id(), bundle)).isEqualTo(WithdrawalNote.ASK_PARTNER);
        CancellationOutcome keeping = new CancellationOutcome(collection, on, List.of(), List.of(), List.of(included));
        assertThat(EventTranslator.withdrawal(aiko.id(), keeping)).isEqualTo(WithdrawalNote.ASK_PARTNER);
    }
}
