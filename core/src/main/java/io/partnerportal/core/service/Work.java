package io.partnerportal.core.service;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every use case works with: units of work, the clock (today is its date in UTC, SPEC §3)
 * and the views callers get.
 */
record Work(Transactions tx, Clock clock, Views views) {
    Act act(Actor actor) {
        return new Act(actor, clock.instant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
