package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.notification.NotificationType;
import java.util.EnumSet;
import java.util.Set;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.port.out.PersonRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class JpaPersonRepository implements PersonRepository {
    private final Jpa jpa;

    JpaPersonRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    static Person toDomain(PersonEntity e) {
        return new Person(new PersonId(UUID.fromString(e.id)), new EmailAddress(e.email), new DisplayName(e.name),
                ContactLocale.parse(e.locale), e.toldOfSiteMigration, Times.instant(e.createdAt), Times.instant(e.erasedAt),
                e.version, ReadersDay.stored(e.timeZone));
    }

    @Override
    public void add(Person person) {
        PersonEntity e = new PersonEntity();
        e.id = person.id().toString();
        copy(person, e);
        e.createdAt = Times.utc(person.createdAt());
        jpa.change(em -> {
            em.persist(e);
            // the unique email is checked now, so the conflict surfaces inside the use case
            em.flush();
        });
    }

    private static void copy(Person p, PersonEntity e) {
        e.email = p.email().value();
        e.name = p.name().value();
        e.locale = p.locale().tag();
        e.toldOfSiteMigration = p.toldOfSiteMigration();
        e.erasedAt = Times.utc(p.erasedAt());
        e.timeZone = ReadersDay.idOf(p.timeZone());
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return jpa.read(em -> Optional.ofNullable(em.find(PersonEntity.class, id.toString()))
                .map(JpaPersonRepository::toDomain));
    }

    @Override
    public Optional<Person> findByEmail(EmailAddress email) {
        return jpa.read(em -> em.createQuery("SELECT p FROM PersonEntity p WHERE p.email = :email",
                        PersonEntity.class).setParameter("email", email.value()).getResultList().stream()
                .findFirst().map(JpaPersonRepository::toDomain));
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        return jpa.findIn("SELECT p FROM PersonEntity p WHERE p.id IN :values", PersonEntity.class,
                ids.stream().map(PersonId::toString).toList(), JpaPersonRepository::toDomain);
    }

    @Override
    public void update(Person person) {
        jpa.change(em -> {
            PersonEntity e = em.find(PersonEntity.class, person.id().toString());
            if (e == null || e.version != person.version()) {
                throw ConflictException.concurrentUpdate("Person " + person.email());
            }
            copy(person, e);
            em.lock(e, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        });
    }

    @Override
    public Set<NotificationType> switchedOff(PersonId person) {
        return jpa.read(em -> {
            List<?> rows = em.createNativeQuery("SELECT notification_type FROM notification_opt_out"
                    + " WHERE person_id = ?").setParameter(1, person.toString()).getResultList();
            Set<NotificationType> out = EnumSet.noneOf(NotificationType.class);
            rows.forEach(r -> out.add(NotificationType.valueOf(String.valueOf(r).trim())));
            return out;
        });
    }

    @Override
    public void switchOff(PersonId person, Set<NotificationType> types) {
        jpa.change(em -> {
            em.createNativeQuery("DELETE FROM notification_opt_out WHERE person_id = ?")
                    .setParameter(1, person.toString()).executeUpdate();
            for (NotificationType t : types) {
                em.createNativeQuery("INSERT INTO notification_opt_out (person_id, notification_type) VALUES (?, ?)")
                        .setParameter(1, person.toString()).setParameter(2, t.name()).executeUpdate();
            }
        });
    }
}
