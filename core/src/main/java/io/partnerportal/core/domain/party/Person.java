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
 *
 * @param id                  their identifier
 * @param email               their email, one person per address
 * @param name                their name
 * @param locale              their language
 * @param toldOfSiteMigration whether they were sent SITE_MIGRATED
 * @param createdAt           when they were first assigned
 * @param version             for optimistic locking
 */
public record Person(PersonId id, EmailAddress email, DisplayName name, ContactLocale locale,
                     boolean toldOfSiteMigration, Instant createdAt, long version) {
    /**
     * Checks that every component is present.
     *
     * @param id                  their identifier
     * @param email               their email, one person per address
     * @param name                their name
     * @param locale              their language
     * @param toldOfSiteMigration whether they were sent SITE_MIGRATED
     * @param createdAt           when they were first assigned
     * @param version             for optimistic locking
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A person not yet stored, never told of a site migration.
     *
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

    /**
     * The person with the name and language they chose on their profile.
     *
     * @param newName   their name
     * @param newLocale their language
     * @return the person to store
     */
    public Person withProfile(DisplayName newName, ContactLocale newLocale) {
        return new Person(id, email, newName, newLocale, toldOfSiteMigration, createdAt, version);
    }

    /**
     * The person once sent SITE_MIGRATED, so that they never get it again (R13).
     *
     * @return the person to store
     */
    public Person afterSiteMigrationNotice() {
        return new Person(id, email, name, locale, true, createdAt, version);
    }

    /**
     * The same person at another version, as the store saw it.
     *
     * @param newVersion the stored version
     * @return the person
     */
    public Person withVersion(long newVersion) {
        return new Person(id, email, name, locale, toldOfSiteMigration, createdAt, newVersion);
    }
}
