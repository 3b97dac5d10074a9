package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.party.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Who changes something, and when: what every domain operation is given, and what every event it
 * records carries. Today is the date of {@code at} in UTC (SPEC §3).
 *
 * @param actor who acts
 * @param at    when
 */
public record Act(Actor actor, Instant at) {
    /**
     * Checks that both parts are present.
     *
     * @param actor who acts
     * @param at    when
     */
    public Act {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** @return the date of {@link #at} in UTC */
    public LocalDate today() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
