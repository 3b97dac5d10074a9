package io.partnerportal.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** An adjustable UTC clock: tests move time forward instead of sleeping. Thread-safe. */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock at 09:00 UTC on {@code date}. */
    public static MutableClock at(LocalDate date) {
        return new MutableClock(date.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    public static MutableClock at(String isoDate) {
        return at(LocalDate.parse(isoDate));
    }

    /** A clock that never moves, at 09:00 UTC on {@code date}. */
    public static Clock fixedAt(LocalDate date) {
        return Clock.fixed(date.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    public void advance(Duration d) {
        now.updateAndGet(i -> i.plus(d));
    }

    public void advanceDays(long days) {
        advance(Duration.ofDays(days));
    }

    /** Moves to 09:00 UTC on {@code date}. */
    public void setDate(LocalDate date) {
        now.set(date.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("the portal's clock is UTC");
        }
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
