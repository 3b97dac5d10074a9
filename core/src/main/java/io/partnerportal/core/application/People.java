package io.partnerportal.core.application;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.PersonRegistered;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.PersonRepository;
import java.util.List;
import java.util.Optional;

/**
 * People as contacts are assigned (R11): found by email, or registered - and welcomed - on their
 * first assignment; added to and removed from a subscription through its own rules (the last contact
 * and the last manager stay, R19), by its partner or by a contact who manages it. Assigning a contact
 * twice, or removing one who is not there, changes nothing.
 */
public final class People {
    private final PersonRepository people;

    /** @param people the people */
    public People(PersonRepository people) {
        this.people = people;
    }

    /**
     * A person, and whether this unit of work registered them.
     *
     * @param person   the person
     * @param newcomer whether they were registered just now (they are welcomed, R13)
     */
    public record Assignee(Person person, boolean newcomer) {
    }

    /**
     * The person for {@code email}; somebody new is registered, with their event (they are welcomed).
     *
     * @param email   their email
     * @param name    their name, if they are new
     * @param locale  their language, if they are new
     * @param act     who assigns them, and when
     * @param changes the unit of work
     * @return the person
     */
    public Assignee findOrRegister(EmailAddress email, DisplayName name, ContactLocale locale, Act act,
                                   Changes changes) {
        Optional<Person> found = people.findByEmail(email);
        if (found.isPresent()) {
            return new Assignee(found.get(), false);
        }
        PersonRegistered registered = Person.register(email, name, locale, act);
        people.add(registered.person());
        changes.record(registered);
        return new Assignee(registered.person(), true);
    }

    /**
     * Adds a contact to {@code s} with their role, or gives a contact already there that role (R11, R19).
     *
     * @param s       the subscription
     * @param contact who, and their role
     * @param act     who adds them, and when
     * @param changes the unit of work
     */
    public void assign(Subscription s, Contact contact, Act act, Changes changes) {
        Assignee a = findOrRegister(contact.email(), contact.name(), contact.locale(), act, changes);
        changes.commit(s.assign(a.person(), contact.role(), a.newcomer(), act), List.of(s));
    }

    /**
     * Removes a contact from {@code s}: never the last one, nor the last manager (R11, R19).
     *
     * @param s       the subscription
     * @param email   the contact to remove
     * @param act     who removes them, and when
     * @param changes the unit of work
     */
    public void unassign(Subscription s, EmailAddress email, Act act, Changes changes) {
        people.findByEmail(email).ifPresent(p -> changes.commit(s.unassign(p, act), List.of(s)));
    }
}
