package io.partnerportal.core.operations;

import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.Summaries;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.HistoryRepository;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.RequestStore;
import io.partnerportal.core.port.out.SessionRepository;
import io.partnerportal.core.port.out.SignInRequests;
import io.partnerportal.core.port.out.SignInTokenRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's personal data on request (SPEC §6.5): the export reads everything held about them;
 * the erasure, one unit of work, removes them from their subscriptions through the subscriptions'
 * own rule (R11, as vendor support, so the history says who), deletes what only served them, and
 * pseudonymises what must stay (history, emails sent, the request emails and partners' events that name them or
 * tell what they wrote: S8) - or refuses, naming the subscriptions, and
 * changes nothing.
 */
final class PersonalDataService implements PersonalData {
    /** The support actor's id in the history of an erasure: the operators' command, no API key. */
    static final String OPERATOR = "admin-command";

    private final Transactions tx;
    private final PersonRepository people;
    private final SubscriptionRepository subscriptions;
    private final PartnerRepository partners;
    private final Catalogue catalogue;
    private final HistoryRepository history;
    private final HistoryPages pages;
    private final NotificationOutbox outbox;
    private final SessionRepository sessions;
    private final SignInTokenRepository signInTokens;
    private final SignInRequests signInRequests;
    private final RequestStore requests;
    private final PartnerEventStore events;

    PersonalDataService(Transactions tx, PersonRepository people, SubscriptionRepository subscriptions,
                        PartnerRepository partners, Catalogue catalogue, HistoryRepository history, HistoryPages pages,
                        NotificationOutbox outbox, SessionRepository sessions, SignInTokenRepository signInTokens,
                        SignInRequests signInRequests, RequestStore requests, PartnerEventStore events) {
        this.requests = requests;
        this.events = events;
        this.tx = tx;
        this.people = people;
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.catalogue = catalogue;
        this.history = history;
        this.pages = pages;
        this.outbox = outbox;
        this.sessions = sessions;
        this.signInTokens = signInTokens;
        this.signInRequests = signInRequests;
    }

    @Override
    public Export export(String email) {
        EmailAddress address = Fields.single("email", () -> EmailAddress.parse(email));
        return tx.read(() -> {
            Person p = person(address);
            Summaries products = Summaries.of(catalogue);
            LocalDate today = tx.today();
            List<Subscription> assigned = subscriptions.findAssignedTo(p.id());
            Map<PartnerId, String> partnerNames = partners.findAll(assigned.stream().map(Subscription::partner)
                    .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Partner::id, n -> n.name().value()));
            List<ContactOf> contactOf = assigned.stream()
                    .sorted(Comparator.comparing(s -> s.number().value()))
                    .map(s -> new ContactOf(s.number().value(), products.productName(s.product()),
                            s.status(today).name(), s.site().map(Object::toString).orElse(null),
                            partnerNames.get(s.partner()), s.roleOf(p.id()).map(Enum::name).orElse(null)))
                    .toList();
            List<HistoryLine> lines = pages.items(history.naming(p.id(), p.email())).stream()
                    .map(PersonalDataService::line).toList();
            List<Email> emails = outbox.forRecipient(p.email()).stream()
                    .map(e -> new Email(e.id(), e.type().name(), e.status().name(), e.createdAt(), e.finishedAt(),
                            e.attempts(), e.content().subscriptions().stream()
                            .map(SubscriptionSummary::entitlementNumber).toList(), e.subject()))
                    .toList();
            List<SessionHeld> held = sessions.forPerson(p.id()).stream()
                    .map(s -> new SessionHeld(s.createdAt(), s.lastSeenAt())).toList();
            List<SignInLink> links = signInTokens.forPerson(p.id()).stream()
                    .map(t -> new SignInLink(t.createdAt(), t.expiresAt(), t.usedAt())).toList();
            Profile profile = new Profile(p.id().toString(), p.email().value(), p.name().value(), p.locale().tag(),
                    p.toldOfSiteMigration(), p.createdAt(), p.erasedAt(), ReadersDay.idOf(p.timeZone()));
            List<String> switchedOff = people.switchedOff(p.id()).stream().map(Enum::name).sorted().toList();
            List<RequestAsked> asked = requests.askedBy(p.id(), null, Integer.MAX_VALUE).stream()
                    .map(r -> new RequestAsked(r.id().toString(), r.subscription().value(), r.wish().kind().name(),
                            r.message(), r.status().name(), r.askedAt(), r.resolvedAt(), r.note()))
                    .toList();
            return new Export(tx.now(), profile, contactOf, lines, emails, held, links,
                    switchedOff, asked);
        });
    }

    @Override
    public Erasure erase(String email) {
        EmailAddress address = Fields.single("email", () -> EmailAddress.parse(email));
        return tx.write(changes -> {
            Person person = person(address);
            LocalDate today = tx.today();
            List<Subscription> assigned = subscriptions.findAssignedTo(person.id()).stream()
                    .sorted(Comparator.comparing(s -> s.number().value())).toList();
            List<String> blocking = assigned.stream()
                    .filter(s -> s.isOnlyContact(person.id()) && s.status(today) != SubscriptionStatus.CANCELLED)
                    .map(s -> s.number().value()).toList();
            if (!blocking.isEmpty()) {
                throw new RuleRefusedException(ErrorCode.ERASURE_LEAVES_NO_CONTACT, person.email(),
                        String.join(", ", blocking));
            }
            List<String> managing = assigned.stream()
                    .filter(s -> s.isOnlyManager(person.id()) && s.status(today) != SubscriptionStatus.CANCELLED)
                    .map(s -> s.number().value()).toList();
            if (!managing.isEmpty()) {
                throw new RuleRefusedException(ErrorCode.ERASURE_LEAVES_NO_MANAGER, person.email(),
                        String.join(", ", managing));
            }
            Act act = tx.act(new Actor.Support(OPERATOR));
            Person erased = person.erased(act.at());
            people.update(erased);
            List<String> removedFrom = new ArrayList<>();
            List<String> keptOn = new ArrayList<>();
            for (Subscription s : assigned) {
                if (s.isOnlyContact(person.id()) || s.isOnlyManager(person.id())) {
                    keptOn.add(s.number().value());
                } else {
                    // the event names the pseudonym: the line it leaves needs no rewriting
                    changes.commit(s.unassign(erased, act), List.of(s));
                    removedFrom.add(s.number().value());
                }
            }
            int ended = sessions.deleteForPerson(person.id());
            int links = signInTokens.deleteForPerson(person.id())
                    + signInRequests.deleteFor(person.email());
            List<HistoryEntry> rewritten = pseudonymised(history.naming(person.id(), person.email()),
                    person.email(), erased.email());
            history.replaceDetails(rewritten);
            int deleted = outbox.deleteUnsent(person.email());
            int kept = outbox.readdress(person.email(), erased.email(), erased.name().value());
            // S8: the request emails of anybody, and the partners' events, no longer tell what they wrote or who
            // they are - read before their requests forget their messages
            outbox.forgetInRequests(person.email(), erased.email());
            for (PartnerRequest r : requests.askedBy(person.id(), null, Integer.MAX_VALUE)) {
                events.forgetAsker(r.partner(), r.id(), r.message(), person.email(), erased.email());
            }
            int messages = requests.eraseMessagesOf(person.id());
            return new Erasure(erased.email().value(), act.at(), removedFrom, keptOn, ended, links, deleted,
                    kept, rewritten.size(), messages);
        });
    }

    private Person person(EmailAddress email) {
        return people.findByEmail(email)
                .orElseThrow(() -> new NotFoundException("Person with email " + email));
    }

    private static HistoryLine line(HistoryItem i) {
        return new HistoryLine(i.entitlementNumber(), i.at(), i.actorKind().name(), i.actor(), i.action().name(),
                i.details());
    }

    /** The lines whose details name {@code email}, naming {@code pseudonym} instead. */
    private static List<HistoryEntry> pseudonymised(List<HistoryEntry> naming, EmailAddress email,
                                                    EmailAddress pseudonym) {
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry e : naming) {
            if (e.detail() instanceof HistoryDetail.ContactChanged c && c.contact().equals(email)) {
                out.add(new HistoryEntry(e.id(), e.subscription(), e.at(), e.actorKind(), e.actorId(),
                        new HistoryDetail.ContactChanged(c.action(), pseudonym)));
            }
        }
        return out;
    }
}
