package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * People, unique by normalized email: adding a second person with the same email fails with a
 * {@code ConflictException} ({@code DUPLICATE}), here or at commit. {@link #update} checks the
 * version like every aggregate.
 */
public interface PersonRepository {
    void add(Person person);

    Optional<Person> find(PersonId id);

    Optional<Person> findByEmail(EmailAddress email);

    List<Person> findAll(Collection<PersonId> ids);

    void update(Person person);
}
