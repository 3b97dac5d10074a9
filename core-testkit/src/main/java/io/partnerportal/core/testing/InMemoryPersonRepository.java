package io.partnerportal.core.testing;

import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.PersonRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

final class InMemoryPersonRepository implements PersonRepository {
    private final InMemoryDatabase db;

    InMemoryPersonRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Person person) {
        db.write(() -> {
            boolean taken = db.tables.people.values().stream().anyMatch(p -> p.email().equals(person.email()));
            if (taken || db.tables.people.containsKey(person.id())) {
                throw new ConflictException(ErrorCode.DUPLICATE, "a person with " + person.email() + " exists");
            }
            db.tables.people.put(person.id(), person);
        });
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return db.read(() -> Optional.ofNullable(db.tables.people.get(id)));
    }

    @Override
    public Optional<Person> findByEmail(EmailAddress email) {
        return db.read(() -> db.tables.people.values().stream().filter(p -> p.email().equals(email)).findFirst());
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        return db.read(() -> ids.stream().distinct().map(db.tables.people::get).filter(Objects::nonNull).toList());
    }

    @Override
    public void update(Person person) {
        db.write(() -> {
            Person stored = db.tables.people.get(person.id());
            if (stored == null || stored.version() != person.version()) {
                throw ConflictException.concurrentUpdate("Person " + person.email());
            }
            db.tables.people.put(person.id(), person.withVersion(person.version() + 1));
        });
    }

    @Override
    public Set<NotificationType> switchedOff(PersonId person) {
        return db.read(() -> Set.copyOf(db.tables.switchedOff.getOrDefault(person, Set.of())));
    }

    @Override
    public void switchOff(PersonId person, Set<NotificationType> types) {
        db.write(() -> {
            if (types.isEmpty()) {
                db.tables.switchedOff.remove(person);
            } else {
                db.tables.switchedOff.put(person, Set.copyOf(types));
            }
        });
    }
}
