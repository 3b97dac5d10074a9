package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.PersonRegistered;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A person, global and unique by email (normalized). Name and locale are set at the first
 * assignment; afterwards only the person changes them. Remembers whether they were ever told
 * that a site of theirs moved to the new billing platform (R13). A person erased on request (SPEC
 * §6.5) keeps their id, so that what referred to them still resolves, under a pseudonym that is no
 * address anybody can receive mail at: they are sent nothing and cannot sign in.
 *
 * @param id                  their identifier
 * @param email               their email, one person per address
 * @param name                their name
 * @param locale              their language
 * @param toldOfSiteMigration whether they were sent SITE_MIGRATED
 * @param createdAt           when they were first assigned
 * @param erasedAt            when their personal data was erased; null while it is held
 * @param version             for optimistic locking
 * @param timeZone            the time zone they chose (R24); null: the default of their language
 */
public record Person(PersonId id, EmailAddress email, DisplayName name, ContactLocale locale,
                     boolean toldOfSiteMigration, Instant createdAt, Instant erasedAt, long version,
                     ZoneId timeZone) {
    /** The domain of erased people's pseudonyms: {@code .invalid} is reserved, nothing is delivered there. */
    public static final String ERASED_DOMAIN = "erased.invalid";
    /** The name an erased person is shown by. */
    public static final DisplayName ERASED_NAME = new DisplayName("Erased contact");

    /**
     * Checks that every component is present.
     *
     * @param id                  their identifier
     * @param email               their email, one person per address
     * @param name                their name
     * @param locale              their language
     * @param toldOfSiteMigration whether they were sent SITE_MIGRATED
     * @param createdAt           when they were first assigned
     * @param erasedAt            when their personal data was erased; null while it is held
     * @param version             for optimistic locking
     * @param timeZone            the time zone they chose (R24); null: the default of their language
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A person who chose no time zone (R24: they read in their language's default).
     *
     * @param id                  their identifier
     * @param email               their email, one person per address
     * @param name                their name
     * @param locale              their language
     * @param toldOfSiteMigration whether they were sent SITE_MIGRATED
     * @param createdAt           when they were first assigned
     * @param erasedAt            when their personal data was erased; null while it is held
     * @param version             for optimistic locking
     */
    public Person(PersonId id, EmailAddress email, DisplayName name, ContactLocale locale,
                  boolean toldOfSiteMigration, Instant createdAt, Instant erasedAt, long version) {
        this(id, email, name, locale, toldOfSiteMigration, createdAt, erasedAt, version, null);
    }

    /**
     * R24: the day it is for this person, in the zone they chose or their language's default.
     *
     * @return their day
     */
    public ReadersDay readersDay() {
        return ReadersDay.of(timeZone, locale);
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
        return new Person(PersonId.random(), email, name, locale, false, now, null, 0);
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
        return withProfile(newName, newLocale, timeZone);
    }

    /**
     * The person with the name, language and time zone they chose on their profile (R24).
     *
     * @param newName     their name
     * @param newLocale   their language
     * @param newTimeZone their time zone; null: their language's default
     * @return the person to store
     */
    public Person withProfile(DisplayName newName, ContactLocale newLocale, ZoneId newTimeZone) {
        return new Person(id, email, newName, newLocale, toldOfSiteMigration, createdAt, erasedAt, version,
                newTimeZone);
    }

    /**
     * The person once sent SITE_MIGRATED, so that they never get it again (R13).
     *
     * @return the person to store
     */
    public Person afterSiteMigrationNotice() {
        return new Person(id, email, name, locale, true, createdAt, erasedAt, version, timeZone);
    }

    /**
     * The same person at another version, as the store saw it.
     *
     * @param newVersion the stored version
     * @return the person
     */
    public Person withVersion(long newVersion) {
        return new Person(id, email, name, locale, toldOfSiteMigration, createdAt, erasedAt, newVersion, timeZone);
    }

    /**
     * Whether their personal data was erased.
     *
     * @return true once erased
     */
    public boolean isErased() {
        return erasedAt != null;
    }

    /**
     * The person with their personal data erased: email and name replaced by a pseudonym derived
     * from their id (the same every time), language set to English, no time zone kept; their id stays.
     *
     * @param at when they are erased
     * @return the person to store; this person when already erased
     */
    public Person erased(Instant at) {
        Objects.requireNonNull(at, "at");
        if (isErased()) {
            return this;
        }
        return new Person(id, pseudonym(id), ERASED_NAME, ContactLocale.EN, toldOfSiteMigration, createdAt, at,
                version, null);
    }

    /**
     * The address an erased person is known by: {@code erased-} and twelve hex digits of a hash of
     * their id, at {@link #ERASED_DOMAIN}.
     *
     * @param id the person's id
     * @return the pseudonym
     */
    public static EmailAddress pseudonym(PersonId id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.toString().getBytes(StandardCharsets.UTF_8));
            return new EmailAddress("erased-" + HexFormat.of().formatHex(digest, 0, 6) + "@" + ERASED_DOMAIN);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
