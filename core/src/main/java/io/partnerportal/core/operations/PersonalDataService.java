package io.partnerportal.core.operations;

import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.Summaries;
import io.partnerportal.core.application.Work;
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
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.core.port.out.Storage;
import java.time.Instant;
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
 * pseudonymises what must stay (history, emails sent) - or refuses, naming the subscriptions, and
 * changes nothing.
 */
public final class PersonalDataService implements PersonalData {
    /** The support actor's id in the history of an erasure: the operators' command, no API key. */
    public static final String OPERATOR = "admin-command";

    private final Storage storage;
    private final Work work;
    private final HistoryPages pages;

    public PersonalDataService(Storage storage, Work work, HistoryPages pages) {
        this.storage = storage;
        this.work = work;
        this.pages = pages;
    }

    @Override
    public Export export(String email) {
        EmailAddress address = Fields.single("email", () -> EmailAddress.parse(email));
        return work.tx().read(() -> {
            Person p = person(address);
            Summaries products = Summaries.of(storage.catalogue());
            LocalDate today = work.today();
            List<Subscription> assigned = storage.subscriptions().findAssignedTo(p.id());
            Map<PartnerId, String> partners = storage.partners().findAll(assigned.stream().map(Subscription::partner)
                    .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Partner::id, n -> n.name().value()));
            List<ContactOf> subscriptions = assigned.stream()
                    .sorted(Comparator.comparing(s -> s.number().value()))
                    .map(s -> new ContactOf(s.number().value(), products.productName(s.product()),
                            s.status(today).name(), s.site().map(Object::toString).orElse(null),
                            partners.get(s.partner()), s.roleOf(p.id()).map(Enum::name).orElse(null)))
                    .toList();
            List<HistoryLine> history = pages.items(storage.history().naming(p.id(), p.email())).stream()
                    .map(PersonalDataService::line).toList();
            List<Email> emails = storage.outbox().forRecipient(p.email()).stream()
                    .map(e -> new Email(e.id(), e.type().name(), e.status().name(), e.createdAt(), e.finishedAt(),
                            e.attempts(), e.content().subscriptions().stream()
                            .map(SubscriptionSummary::entitlementNumber).toList()))
                    .toList();
            List<SessionHeld> sessions = storage.sessions().forPerson(p.id()).stream()
                    .map(s -> new SessionHeld(s.createdAt(), s.lastSeenAt())).toList();
            List<SignInLink> links = storage.signInTokens().forPerson(p.id()).stream()
                    .map(t -> new SignInLink(t.createdAt(), t.expiresAt(), t.usedAt())).toList();
            Profile profile = new Profile(p.id().toString(), p.email().value(), p.name().value(), p.locale().tag(),
                    p.toldOfSiteMigration(), p.createdAt(), p.erasedAt());
            List<String> switchedOff = storage.people().switchedOff(p.id()).stream().map(Enum::name).sorted().toList();
            return new Export(work.clock().instant(), profile, subscriptions, history, emails, sessions, links,
                    switchedOff);
        });
    }

    @Override
    public Erasure erase(String email) {
        EmailAddress address = Fields.single("email", () -> EmailAddress.parse(email));
        return work.tx().write(changes -> {
            Person person = person(address);
            LocalDate today = work.today();
            List<Subscription> assigned = storage.subscriptions().findAssignedTo(person.id()).stream()
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
            Act act = work.act(new Actor.Support(OPERATOR));
            Person erased = person.erased(act.at());
            storage.people().update(erased);
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
            int sessions = storage.sessions().deleteForPerson(person.id());
            int links = storage.signInTokens().deleteForPerson(person.id())
                    + storage.signInRequests().deleteFor(person.email());
            List<HistoryEntry> rewritten = pseudonymised(storage.history().naming(person.id(), person.email()),
                    person.email(), erased.email());
            storage.history().replaceDetails(rewritten);
            int deleted = storage.outbox().deleteUnsent(person.email());
            int kept = storage.outbox().readdress(person.email(), erased.email(), erased.name().value());
            return new Erasure(erased.email().value(), act.at(), removedFrom, keptOn, sessions, links, deleted,
                    kept, rewritten.size());
        });
    }

    private Person person(EmailAddress email) {
        return storage.people().findByEmail(email)
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
