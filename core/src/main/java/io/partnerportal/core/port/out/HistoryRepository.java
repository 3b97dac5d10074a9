package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Append-only history of every subscription (R14). */
public interface HistoryRepository {
    /**
     * Appends lines; nothing is ever changed or removed.
     *
     * @param entries the new lines
     */
    void append(List<HistoryEntry> entries);

    /**
     * Newest first (by time, then id in its text form), strictly after {@code after} (null: first
     * page), at most {@code limit}.
     *
     * @param subscription whose history
     * @param after        where the previous page ended, or null
     * @param limit        the most lines to return
     * @return the page
     */
    List<HistoryEntry> page(EntitlementNumber subscription, Position after, int limit);

    /**
     * As {@link #page}, each line with the name of who acted, in the same read: a contact's email,
     * a partner's name; null for other actors, and for a contact or partner no longer stored.
     *
     * @param subscription whose history
     * @param after        where the previous page ended, or null
     * @param limit        the most lines to return
     * @return the page
     */
    List<Named> namedPage(EntitlementNumber subscription, Position after, int limit);

    /**
     * A line and the name of who acted.
     *
     * @param entry     the line
     * @param actorName the contact's email or the partner's name, or null
     */
    record Named(HistoryEntry entry, String actorName) {
    }

    /**
     * Where a page ends: the last line's time and id.
     *
     * @param at its time
     * @param id its id
     */
    record Position(Instant at, UUID id) {
    }

    /**
     * The lines naming a person: those they acted in as a contact, and those whose details name
     * their email (SPEC §6.5), oldest first.
     *
     * @param person the person, as an actor
     * @param email  their email, as details name it
     * @return the lines
     */
    List<HistoryEntry> naming(PersonId person, EmailAddress email);

    /**
     * Replaces the details of stored lines, keeping everything else: the one change history allows,
     * to pseudonymise a person erased on request (SPEC §6.5).
     *
     * @param entries the lines, by id, with their new details
     */
    void replaceDetails(List<HistoryEntry> entries);
}
