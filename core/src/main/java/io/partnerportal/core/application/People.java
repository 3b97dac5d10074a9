package io.partnerportal.core.application;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.PersonRegistered;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.port.out.PersonRepository;
import java.util.Optional;

/** People as contacts are assigned: found by email, or registered on their first assignment (R11). */
public final class People {
    private final PersonRepository people;

    public People(PersonRepository people) {
        this.people = people;
    }

    /** A person, and whether this unit of work registered them. */
    public record Assignee(Person person, boolean newcomer) {
    }

    /** The person for {@code email}; somebody new is registered, with their event (they are welcomed). */
    public Assignee findOrRegister(EmailAddress email, DisplayName name, ContactLocale locale, Act act, Changes changes) {
        Optional<Person> found = people.findByEmail(email);
        if (found.isPresent()) {
            return new Assignee(found.get(), false);
        }
        PersonRegistered registered = Person.register(email, name, locale, act);
        people.add(registered.person());
        changes.record(registered);
        return new Assignee(registered.person(), true);
    }
}
