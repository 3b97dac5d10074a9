package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * People, unique by normalized email: adding a second person with the same email fails with a
 * {@code ConflictException} ({@code DUPLICATE}), here or at commit. {@link #update} checks the
 * version like every aggregate.
 */
public interface PersonRepository {
    /**
     * Stores a new person.
     *
     * @param person the person
     */
    void add(Person person);

    /**
     * Finds a person.
     *
     * @param id their id
     * @return the person; empty when unknown
     */
    Optional<Person> find(PersonId id);

    /**
     * Finds the person with an email.
     *
     * @param email the normalized email
     * @return the person; empty when nobody has it
     */
    Optional<Person> findByEmail(EmailAddress email);

    /**
     * Finds several people at once.
     *
     * @param ids their ids
     * @return those that exist, in no particular order
     */
    List<Person> findAll(Collection<PersonId> ids);

    /**
     * Stores a changed person, refusing a stale version.
     *
     * @param person the person, at the version read
     */
    void update(Person person);

    /**
     * R18: the optional emails the person switched off.
     *
     * @param person the person
     * @return the types switched off; empty when none (or no such person)
     */
    Set<NotificationType> switchedOff(PersonId person);

    /**
     * R18: replaces the optional emails the person switched off.
     *
     * @param person the person
     * @param types  the types switched off from now on (optional ones only)
     */
    void switchOff(PersonId person, Set<NotificationType> types);
}
