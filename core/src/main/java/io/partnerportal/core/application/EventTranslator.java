package io.partnerportal.core.application;

import io.partnerportal.core.domain.cancellation.CancellationOutcome;
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
import io.partnerportal.core.domain.event.RequestCreated;
import io.partnerportal.core.domain.event.RequestResolved;
import io.partnerportal.core.domain.notification.RequestNote;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestWish;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.ContactLocale;
import java.util.Optional;
import io.partnerportal.core.domain.event.SignInLinkIssued;
import io.partnerportal.core.domain.event.SiteMigrated;
import io.partnerportal.core.domain.event.SubscriptionsMoved;
import io.partnerportal.core.domain.event.SubscriptionsOrdered;
import io.partnerportal.core.domain.event.SubscriptionsReactivated;
import io.partnerportal.core.domain.event.SubscriptionsSetUp;
import io.partnerportal.core.domain.event.UsageReported;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.Recipients;
import io.partnerportal.core.domain.notification.WithdrawalNote;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.HistoryRepository;
import io.partnerportal.core.port.out.NotificationOutbox.NewNotification;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.TraceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The one place where events become side effects (SPEC §6.1), run by the unit of work that commits
 * them: every event's changes become its history lines (R14), and each event type decides its
 * emails (R13) - as a {@link DomainEvent.Handler}, so a new event type does not compile until it
 * is decided here. The emails of a unit are appended in the order their events happened, so a
 * new person's WELCOME stays their first; {@link PartnerEvents} writes the feed and webhooks (R20, R21).
 */
public final class EventTranslator implements DomainEvent.Handler<List<NewNotification>> {
    /** R23: the language of the partners' emails; partners have none of their own yet, so the SPEC's default. */
    static final ContactLocale PARTNER_LOCALE = ContactLocale.EN;
    private final HistoryRepository history;
    private final NotificationOutbox outbox;
    private final PersonRepository people;
    private final PartnerRepository partners;
    private final Catalogue catalogue;
    private final PartnerEvents partnerEvents;
    private final TraceContext trace;
    private final Function<NotificationContent, String> subjects;

    /**
     * @param history       where history lines go (R14)
     * @param outbox        where emails go (R13)
     * @param people        the recipients
     * @param partners      the partners emails name
     * @param catalogue     the products emails name
     * @param partnerEvents the partners' feed and webhooks (R20, R21)
     */
    public EventTranslator(HistoryRepository history, NotificationOutbox outbox, PersonRepository people,
                           PartnerRepository partners, Catalogue catalogue, PartnerEvents partnerEvents) {
        this(history, outbox, people, partners, catalogue, partnerEvents, TraceContext.none());
    }

    /**
     * @param history       where history lines go (R14)
     * @param outbox        where emails go (R13)
     * @param people        the recipients
     * @param partners      the partners emails name
     * @param catalogue     the products emails name
     * @param partnerEvents the partners' feed and webhooks (R20, R21)
     * @param trace         the trace of the request under way, kept with each email (O4)
     */
    public EventTranslator(HistoryRepository history, NotificationOutbox outbox, PersonRepository people,
                           PartnerRepository partners, Catalogue catalogue, PartnerEvents partnerEvents,
                           TraceContext trace) {
        this(history, outbox, people, partners, catalogue, partnerEvents, trace, c -> null);
    }

    /**
     * @param history       where history lines go (R14)
     * @param outbox        where emails go (R13)
     * @param people        the recipients
     * @param partners      the partners emails name
     * @param catalogue     the products emails name
     * @param partnerEvents the partners' feed and webhooks (R20, R21)
     * @param trace         the trace of the request under way, kept with each email (O4)
     * @param subjects      each email's subject as the mail sender renders it, kept with its row for the
     *                      email log (SPEC §6.3; {@link io.partnerportal.core.port.out.NotificationSender#subject})
     */
    public EventTranslator(HistoryRepository history, NotificationOutbox outbox, PersonRepository people,
                           PartnerRepository partners, Catalogue catalogue, PartnerEvents partnerEvents,
                           TraceContext trace, Function<NotificationContent, String> subjects) {
        this.subjects = java.util.Objects.requireNonNull(subjects, "subjects");
        this.trace = java.util.Objects.requireNonNull(trace, "trace");
        this.history = history;
        this.outbox = outbox;
        this.people = people;
        this.partners = partners;
        this.catalogue = catalogue;
        this.partnerEvents = partnerEvents;
    }

    void translate(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<HistoryEntry> lines = new ArrayList<>();
        List<NewNotification> emails = new ArrayList<>();
        for (DomainEvent e : events) {
            for (SubscriptionChange c : e.changes()) {
                lines.add(new HistoryEntry(HistoryEntry.nextId(e.act().at()), c.subscription(), e.act().at(),
                        e.act().actor().kind(), e.act().actor().id(), c.detail()));
            }
            emails.addAll(e.accept(this));
        }
        if (!lines.isEmpty()) {
            history.append(lines);
        }
        if (!emails.isEmpty()) {
            String traceParent = trace.wellFormedTraceParent().orElse(null);
            outbox.append(emails.stream().map(n -> n.withTraceParent(traceParent).withSubject(subject(n.content())))
                    .toList());
        }
        partnerEvents.record(events);
    }

    @Override
    public List<NewNotification> ordered(SubscriptionsOrdered e) {
        Summaries s = summaries();
        return toEach(e, Recipients.ofStates(e.subscriptions()), NotificationType.PRODUCT_ORDERED,
                c -> c.withPartner(partnerName(e.subscriptions())).withSubscriptions(s.summaries(e.subscriptions())));
    }

    @Override
    public List<NewNotification> personRegistered(PersonRegistered e) {
        return List.of(row(e, e.person(), NotificationType.WELCOME, c -> c));
    }

    @Override
    public List<NewNotification> contactAssigned(ContactAssigned e) {
        if (e.newcomer()) {
            return List.of();
        }
        return List.of(row(e, e.contact(), NotificationType.CONTACT_ADDED, c -> c
                .withPartner(partnerName(e.subscriptions()))
                .withSubscriptions(List.of(summaries().summary(e.subscription())))));
    }

    @Override
    public List<NewNotification> contactRemoved(ContactRemoved e) {
        return List.of();
    }

    @Override
    public List<NewNotification> contactRoleChanged(ContactRoleChanged e) {
        return List.of();
    }

    @Override
    public List<NewNotification> reminderDue(ReminderDue e) {
        return people(e.recipients()).stream().map(p -> row(e, p, e.kind().type(), c -> c
                .withPartner(partnerName(e.subscriptions()))
                .withSubscriptions(List.of(summaries().summary(e.subscription())))
                .withReminderDate(e.date()))).toList();
    }

    @Override
    public List<NewNotification> usageReported(UsageReported e) {
        return List.of();
    }

    @Override
    public List<NewNotification> moved(SubscriptionsMoved e) {
        Summaries s = summaries();
        return toEach(e, Recipients.ofStates(e.subscriptions()), NotificationType.BILLING_ACCOUNT_CHANGED,
                c -> c.withPartner(partnerName(e.subscriptions())).withSubscriptions(s.summaries(e.subscriptions()))
                        .withMove(e.from().name().value(), e.to().name().value()));
    }

    @Override
    public List<NewNotification> setUp(SubscriptionsSetUp e) {
        return List.of();
    }

    @Override
    public List<NewNotification> siteMigrated(SiteMigrated e) {
        Summaries s = summaries();
        List<NewNotification> rows = new ArrayList<>();
        for (Person p : e.toldFirst()) {
            List<SubscriptionState> theirs = e.subscriptions().stream()
                    .filter(sub -> sub.contacts().contains(p.id())).toList();
            rows.add(row(e, p, NotificationType.SITE_MIGRATED, c -> c.withSubscriptions(s.summaries(theirs))
                    .withSite(e.site().value(), e.migratedOn())));
        }
        return rows;
    }

    @Override
    public List<NewNotification> cancellationScheduled(CancellationScheduled e) {
        return cancellation(e, NotificationType.CANCELLATION_SCHEDULED, e.outcome(), true);
    }

    @Override
    public List<NewNotification> cancellationEffective(CancellationEffective e) {
        return cancellation(e, NotificationType.CANCELLED, e.outcome(), false);
    }

    @Override
    public List<NewNotification> cancellationWithdrawn(CancellationWithdrawn e) {
        return cancellation(e, NotificationType.CANCELLATION_WITHDRAWN, e.withdrawn(), false);
    }

    @Override
    public List<NewNotification> reactivated(SubscriptionsReactivated e) {
        Summaries s = summaries();
        return toEach(e, Recipients.ofStates(e.reactivated()), NotificationType.REACTIVATED,
                c -> c.withPartner(partnerName(e.reactivated())).withSubscriptions(s.summaries(e.reactivated()))
                        .withCancellation(e.act().today(), List.of(), List.of(), List.of()));
    }

    @Override
    public List<NewNotification> planChange(PlanChangeRecorded e) { // R16: applied or scheduled, as it is from when
        boolean now = e.kind() == PlanChangeRecorded.Kind.CHANGED;
        if (e.kind() == PlanChangeRecorded.Kind.WITHDRAWN) {
            return List.of();
        }
        LocalDate on = now ? e.act().today() : e.subscription().pendingChange().effectiveOn();
        SubscriptionState shown = PlanChange.settled(e.subscription(), on);
        return toEach(e, Recipients.ofStates(e.subscriptions()), now ? NotificationType.SUBSCRIPTION_CHANGED
                : NotificationType.CHANGE_SCHEDULED, c -> c.withPartner(partnerName(e.subscriptions()))
                .withSubscriptions(List.of(summaries().summary(shown))).withCancellation(on, List.of(), List.of(), List.of()));
    }

    @Override
    public List<NewNotification> signInLinkIssued(SignInLinkIssued e) {
        NotificationContent content = content(e.person(), NotificationType.SIGN_IN_LINK)
                .withSignInLink(e.token(), e.expiresAt());
        return List.of(new NewNotification(e.person().email(), content, e.act().at(), e.expiresAt()));
    }

    /**
     * R23: the partner's contact hears of a request, in the partner's language - {@code en}, the default,
     * while partners have no language of their own.
     */
    @Override
    public List<NewNotification> requestCreated(RequestCreated e) {
        Optional<Partner> partner = partners.find(e.request().partner());
        if (partner.isEmpty()) {
            return List.of();
        }
        Partner p = partner.get();
        NotificationContent content = NotificationContent.of(NotificationType.PARTNER_REQUEST, p.contactEmail(),
                        p.name().value(), PARTNER_LOCALE)
                .withPartner(p.name().value())
                .withSubscriptions(List.of(summaries().summary(e.subscription())))
                .withRequest(note(e.request()));
        return List.of(new NewNotification(p.contactEmail(), content, e.act().at(), null));
    }

    /** R23: the contact who asked hears of the answer (optional, R18); an erased person is sent nothing. */
    @Override
    public List<NewNotification> requestResolved(RequestResolved e) {
        RequestNote note = note(e.request());
        String partner = partnerName(e.subscriptions());
        return people(List.of(e.request().askedBy())).stream().map(p -> row(e, p, NotificationType.REQUEST_RESOLVED,
                c -> c.withPartner(partner).withSubscriptions(List.of(summaries().summary(e.subscription())))
                        .withRequest(note))).toList();
    }

    private RequestNote note(PartnerRequest r) {
        RequestWish w = r.wish();
        String askedBy = people.findAll(List.of(r.askedBy())).stream().findFirst()
                .map(p -> p.email().value()).orElse("");
        return new RequestNote(r.id().toString(), w.kind(), w.keepProducts().stream().map(ProductCode::value).toList(),
                w.plan() == null ? null : w.plan().name(), w.userTier(),
                w.billingCycle() == null ? null : w.billingCycle().name(),
                w.product() == null ? null : w.product().value(), w.site() == null ? null : w.site().value(),
                askedBy, r.message(), r.status(), r.note());
    }

    /** R13: everybody the cancellation changes hears of it, or of its withdrawal. */
    private List<NewNotification> cancellation(DomainEvent e, NotificationType type, CancellationOutcome o,
                                               boolean pending) {
        Summaries s = summaries();
        String partner = partnerName(List.of(o.subscription()));
        List<NewNotification> rows = new ArrayList<>();
        for (Person p : people(Recipients.ofStates(o.named()))) {
            rows.add(row(e, p, type, c -> c.withPartner(partner).withSubscriptions(List.of(s.summary(o.subscription())))
                    .withCancellation(o.effectiveOn(), s.summaries(o.cancelled()), s.summaries(o.appsLosingHost()),
                            s.summaries(o.kept()))
                    .withWithdrawal(pending ? withdrawal(p.id(), o) : WithdrawalNote.NONE)));
        }
        return rows;
    }

    /** Item 8 of the cancellation emails (R7): see {@link WithdrawalNote#forReader}. */
    static WithdrawalNote withdrawal(PersonId reader, CancellationOutcome o) {
        return WithdrawalNote.forReader(reader, o);
    }

    private List<NewNotification> toEach(DomainEvent e, Collection<PersonId> recipients, NotificationType type,
                                         Function<NotificationContent, NotificationContent> fill) {
        return people(recipients).stream().map(p -> row(e, p, type, fill)).toList();
    }

    private static NewNotification row(DomainEvent e, Person p, NotificationType type,
                                       Function<NotificationContent, NotificationContent> fill) {
        return new NewNotification(p.email(), fill.apply(content(p, type)), e.act().at(), null);
    }

    /** R24: the snapshot names the recipient's zone, so that the email's times are shown in it. */
    private static NotificationContent content(Person p, NotificationType type) {
        return NotificationContent.of(type, p.email(), p.name().value(), p.locale())
                .withTimeZone(p.readersDay().zone());
    }

    /** The subject kept with the row; a sender that fails to render one costs the change nothing. */
    private String subject(NotificationContent content) {
        String s;
        try {
            s = subjects.apply(content);
        } catch (RuntimeException e) {
            return null;
        }
        // a header line holds at most 998 characters (RFC 5322), and so does the row
        return s == null || s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT - 1) + "\u2026";
    }

    /** The longest subject a row keeps. */
    static final int MAX_SUBJECT = 998;

    /** The people of {@code ids}, in that order; people erased on request are sent nothing. */
    private List<Person> people(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Person> found = people.findAll(ids);
        return ids.stream().flatMap(id -> found.stream().filter(p -> p.id().equals(id) && !p.isErased())).toList();
    }

    private String partnerName(List<SubscriptionState> subscriptions) {
        PartnerId id = subscriptions.get(0).partner();
        return partners.find(id).map(Partner::name).map(n -> n.value()).orElse("");
    }

    private Summaries summaries() {
        return Summaries.of(catalogue);
    }
}
