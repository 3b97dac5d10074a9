package io.partnerportal.adapters.web.portal;

import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import io.partnerportal.core.domain.party.ReadersDay;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every word the portal shows, in English and Japanese ({@code portal_en.properties},
 * {@code portal_ja.properties}: UTF-8, the same keys), and the locale's way of writing dates and
 * numbers. Arguments fill {@code {0}}, {@code {1}}... as plain text; templates escape the result.
 */
final class Texts {
    static final List<String> LANGUAGES = List.of("en", "ja");
    static final Texts EN = load("en", Locale.ENGLISH);
    static final Texts JA = load("ja", Locale.JAPANESE);

    private final String lang;
    private final Locale locale;
    private final Map<String, String> messages;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;
    /** R24: the zone times are shown in, and named. */
    private final ReadersDay day;

    private Texts(String lang, Locale locale, Map<String, String> messages, ReadersDay day) {
        this.lang = lang;
        this.locale = locale;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.times = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.day = day;
    }

    /** The same texts showing times in the reader's zone (R24). */
    Texts in(ReadersDay reader) {
        return reader.equals(day) ? this : new Texts(lang, locale, messages, reader);
    }

    /** The zone times are shown in. */
    ReadersDay day() {
        return day;
    }

    /** {@code en} or {@code ja}; anything else is English. */
    static Texts of(String lang) {
        return "ja".equals(lang) ? JA : EN;
    }

    static Map<String, String> bundle(String lang) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("portal_" + lang + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("portal_" + lang + ".properties is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return Collections.unmodifiableMap(out);
    }

    private static Texts load(String lang, Locale locale) {
        return new Texts(lang, locale, bundle(lang), ReadersDay.UTC);
    }

    String lang() {
        return lang;
    }

    Set<String> keys() {
        return messages.keySet();
    }

    /** The text for {@code key}; a key missing from the bundle shows itself (a test keeps the bundles complete). */
    String t(String key) {
        return messages.getOrDefault(key, key);
    }

    String t(String key, Object... args) {
        String text = t(key);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : text.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "January 15, 2027" / "2027年1月15日". */
    String date(LocalDate date) {
        return date == null ? t("value.none") : dates.format(date);
    }

    /** A moment in the reader's zone (R24): the date as {@link #date}, then the time, then the zone. */
    String dateTime(Instant instant) {
        var local = instant.atZone(day.zone());
        return t("value.dateTime", date(local.toLocalDate()), times.format(local), day.zoneId());
    }

    /** With the locale's grouping: "1,000". */
    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String number(Integer n) {
        return n == null ? t("value.none") : number(n.longValue());
    }

    /** A days count said in words: today, tomorrow, in N days. */
    String days(String prefix, long days) {
        if (days == 0) {
            return t(prefix + ".today");
        }
        return days == 1 ? t(prefix + ".one") : t(prefix + ".many", number(days));
    }

    /** The message of a business refusal: its code's own words. */
    String refusal(RuleRefusedException e) {
        return t(refusalKey(e.code()));
    }

    static String refusalKey(ErrorCode code) {
        return "refusal." + code.name();
    }

    /** The label of an enum constant: {@code prefix.NAME}. */
    String of(String prefix, Enum<?> constant) {
        return constant == null ? t("value.none") : t(prefix + "." + constant.name());
    }

    /** The name of a language, written in that language (what a language switch shows). */
    static String languageName(String lang) {
        return of(lang).t("language.self");
    }
}
