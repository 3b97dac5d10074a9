package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * R24 "the reader's day": the time zone a person reads the portal and their emails in, and so the
 * day that is "today" for them. A person's own choice (an IANA id, on their profile) wins; without
 * one, {@code Asia/Tokyo} for a Japanese reader and {@code UTC} for an English one. Pages count
 * days, split the tabs (R2) and show times in it; the rules, the API and the events keep UTC
 * ({@link #UTC}) and dates as stored.
 *
 * @param zone the reader's time zone
 */
public record ReadersDay(ZoneId zone) {
    /** The day of the rules, the API and the events; also a reader nobody knows. */
    public static final ReadersDay UTC = new ReadersDay(ZoneOffset.UTC);
    /** The longest time zone id accepted (the longest IANA ids are about 30 characters). */
    public static final int MAX_ZONE_LENGTH = 64;

    /**
     * Checks that the zone is present.
     *
     * @param zone the reader's time zone
     */
    public ReadersDay {
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The reader's day from what they chose, else from their language.
     *
     * @param chosen their own time zone, or null when they chose none
     * @param locale their language
     * @return their day
     */
    public static ReadersDay of(ZoneId chosen, ContactLocale locale) {
        return new ReadersDay(chosen != null ? chosen : defaultZone(locale));
    }

    /**
     * The zone of a reader who chose none.
     *
     * @param locale their language
     * @return {@code Asia/Tokyo} for {@code ja}, {@code UTC} for {@code en}
     */
    public static ZoneId defaultZone(ContactLocale locale) {
        return locale == ContactLocale.JA ? ZoneId.of("Asia/Tokyo") : ZoneOffset.UTC;
    }

    /**
     * The day it is for the reader.
     *
     * @param now the clock's instant
     * @return the date in the reader's zone
     */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /**
     * The zone's id as people read and type it: an IANA id such as {@code Asia/Tokyo}, or {@code UTC}.
     *
     * @return the id
     */
    public String zoneId() {
        return zone.getId().equals("Z") ? "UTC" : zone.getId();
    }

    /**
     * Parses a time zone as a person typed it (trimmed): an IANA region id such as
     * {@code Europe/Paris}, or {@code UTC}. Offsets ({@code +09:00}) and the JDK's three-letter
     * abbreviations are not zones a person lives in and are refused.
     *
     * @param raw what they typed
     * @return the zone
     * @throws InvalidValueException when missing, too long or not a known time zone
     */
    public static ZoneId parseZone(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FieldErrorCode.REQUIRED, "choose a time zone, such as Asia/Tokyo or UTC");
        }
        String s = raw.strip();
        if (s.length() > MAX_ZONE_LENGTH) {
            throw new InvalidValueException(FieldErrorCode.TOO_LONG, "a time zone id has at most "
                    + MAX_ZONE_LENGTH + " characters");
        }
        if (s.equals("UTC") || s.equals("Etc/UTC")) {
            return ZoneOffset.UTC;
        }
        if (!s.contains("/") || !ZoneId.getAvailableZoneIds().contains(s)) {
            throw new InvalidValueException(FieldErrorCode.UNKNOWN, "not a known time zone (an IANA id such as "
                    + "Asia/Tokyo, Europe/Paris or UTC): " + s);
        }
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            throw new InvalidValueException(FieldErrorCode.UNKNOWN, "not a known time zone: " + s);
        }
    }

    /**
     * Reads a zone a store kept, as {@link #parseZone} accepted it.
     *
     * @param stored the stored id, or null
     * @return the zone, or null when none was stored
     */
    public static ZoneId stored(String stored) {
        return stored == null || stored.isBlank() ? null : parseZone(stored);
    }

    /**
     * The id to store for a zone.
     *
     * @param zone the zone, or null
     * @return its id ({@code UTC} for UTC), or null
     */
    public static String idOf(ZoneId zone) {
        return zone == null ? null : new ReadersDay(zone).zoneId();
    }
}
