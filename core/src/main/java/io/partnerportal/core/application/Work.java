package io.partnerportal.core.application;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every use case works with: units of work, the clock (today is its date in UTC, SPEC §3)
 * and the views callers get.
 */
public record Work(Transactions tx, Clock clock, Views views) {
    public Act act(Actor actor) {
        return new Act(actor, clock.instant());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
