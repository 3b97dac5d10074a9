package io.partnerportal.core.application;

import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.partner.PartnerOrderCommands;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.PersonRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Contacts added to and removed from a subscription (R11), by its partner or by a contact who sees
 * it: somebody new is registered and welcomed, somebody known is told they were added; the last
 * contact and the last manager are never removed, a viewer changes nothing (R19); a partner's PUT
 * for a contact already there gives them the role it names; assigning a contact twice, or removing one who is not there, changes
 * nothing.
 */
public final class ContactChanges {
    private final Work work;
    private final People people;
    private final PersonRepository persons;
    private final PartnerAccess partners;
    private final ContactAccess contacts;

    public ContactChanges(Work work, People people, PersonRepository persons, PartnerAccess partners,
                   ContactAccess contacts) {
        this.work = work;
        this.people = people;
        this.persons = persons;
        this.partners = partners;
        this.contacts = contacts;
    }

    public SubscriptionView assign(PartnerOperations.AssignContact c) {
        return work.tx().write(changes -> {
            Subscription s = partners.own(c.partner(), c.subscription());
            assign(s, c.contact(), work.act(new Actor.Partner(c.partner())), changes);
            return work.views().of(s);
        });
    }

    public SubscriptionView remove(PartnerOperations.RemoveContact c) {
        return work.tx().write(changes -> {
            Subscription s = partners.own(c.partner(), c.subscription());
            unassign(s, c.email(), work.act(new Actor.Partner(c.partner())), changes);
            return work.views().of(s);
        });
    }

    public SubscriptionView add(CustomerPortal.AddContact c) {
        return work.tx().write(changes -> {
            Subscription s = contacts.managed(c.viewer(), c.subscription()).subscription();
            assign(s, new PartnerOrderCommands.Contact(c.email(), c.name(), c.locale(), c.role()),
                    work.act(new Actor.Contact(c.viewer())), changes);
            return work.views().of(s);
        });
    }

    /** The subscription afterwards, or nothing when the viewer removed themselves and no longer sees it. */
    public Optional<SubscriptionView> remove(CustomerPortal.RemoveContact c) {
        return work.tx().write(changes -> {
            ContactAccess.Seen seen = contacts.managed(c.viewer(), c.subscription());
            Subscription s = seen.subscription();
            unassign(s, c.email(), work.act(new Actor.Contact(c.viewer())), changes);
            Set<EntitlementNumber> assigned = new HashSet<>(seen.assigned());
            if (!s.isAssigned(c.viewer())) {
                assigned.remove(s.number());
            }
            return Visibility.canSee(c.viewer(), s, assigned) ? Optional.of(work.views().of(s)) : Optional.empty();
        });
    }

    private void assign(Subscription s, PartnerOrderCommands.Contact contact, Act act, Changes changes) {
        People.Assignee a = people.findOrRegister(contact.email(), contact.name(), contact.locale(), act, changes);
        changes.commit(s.assign(a.person(), contact.role(), a.newcomer(), act), List.of(s));
    }

    private void unassign(Subscription s, EmailAddress email, Act act, Changes changes) {
        persons.findByEmail(email).ifPresent(p -> changes.commit(s.unassign(p, act), List.of(s)));
    }
}
