package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.PersonRegistered;
import java.time.Instant;
import java.util.Objects;

/**
 * A person, global and unique by email (normalized). Name and locale are set at the first
 * assignment; afterwards only the person changes them. Remembers whether they were ever told
 * that a site of theirs moved to the new billing platform (R13).
 */
public record Person(PersonId id, EmailAddress email, DisplayName name, ContactLocale locale,
                     boolean toldOfSiteMigration, Instant createdAt, long version) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * @param email  their email
     * @param name   their name, as first given
     * @param locale their language, as first given
     * @param now    when they are first assigned
     * @return a new person
     */
    public static Person first(EmailAddress email, DisplayName name, ContactLocale locale, Instant now) {
        return new Person(PersonId.random(), email, name, locale, false, now, 0);
    }

    /**
     * Somebody becomes a customer contact for the first time (R11).
     *
     * @param email  their email
     * @param name   their name, as first given
     * @param locale their language, as first given
     * @param act    who assigns them, and when
     * @return the event, carrying the new person
     */
    public static PersonRegistered register(EmailAddress email, DisplayName name, ContactLocale locale, Act act) {
        return new PersonRegistered(DomainEvent.newId(), act, first(email, name, locale, act.at()));
    }

    public Person withProfile(DisplayName newName, ContactLocale newLocale) {
        return new Person(id, email, newName, newLocale, toldOfSiteMigration, createdAt, version);
    }

    public Person afterSiteMigrationNotice() {
        return new Person(id, email, name, locale, true, createdAt, version);
    }

    public Person withVersion(long newVersion) {
        return new Person(id, email, name, locale, toldOfSiteMigration, createdAt, newVersion);
    }
}
