package io.partnerportal.adapters.mail;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.ReadersDay;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of the emails in one language: a UTF-8 resource bundle per locale
 * ({@code emails_en.properties}, {@code emails_ja.properties}) with the same keys and no fallback
 * from one language to the other, plus the locale's date and number formats.
 *
 * <p>Texts name their values ({@code Hello {name},}); a value is put on one line before it is
 * inserted, and a text that names a value nobody gave fails instead of showing the placeholder.
 */
final class Texts {
    private static final String BUNDLE = "io/partnerportal/adapters/mail/emails_%s.properties";
    private static final Map<ContactLocale, Texts> ALL = load();

    private final ContactLocale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Texts(ContactLocale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
        this.date = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale.locale());
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("format.dateTime"), locale.locale());
    }

    static Texts of(ContactLocale locale) {
        return ALL.get(locale);
    }

    private static Map<ContactLocale, Texts> load() {
        Map<ContactLocale, Texts> all = new EnumMap<>(ContactLocale.class);
        for (ContactLocale l : ContactLocale.values()) {
            all.put(l, new Texts(l, bundle(l)));
        }
        return Collections.unmodifiableMap(all);
    }

    private static ResourceBundle bundle(ContactLocale locale) {
        String name = String.format(BUNDLE, locale.tag());
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new MissingResourceException("no email texts for " + locale.tag(), name, "");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContactLocale locale() {
        return locale;
    }

    Set<String> keys() {
        return new TreeSet<>(bundle.keySet());
    }

    /** The text of {@code key}; it must exist. */
    String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with its named values filled in: {@code format(key, "name", "Ken", ...)}. */
    String format(String key, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        String text = get(key);
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                sb.append(text, i, text.length());
                break;
            }
            sb.append(text, i, open);
            sb.append(SafeText.singleLine(value(key, text.substring(open + 1, close), namesAndValues)));
            i = close + 1;
        }
        return sb.toString();
    }

    private static String value(String key, String name, String[] namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                if (namesAndValues[i + 1] == null) {
                    throw new IllegalArgumentException("no value for {" + name + "} in " + key);
                }
                return namesAndValues[i + 1];
            }
        }
        throw new IllegalArgumentException("the text " + key + " names {" + name + "}, which nobody gave");
    }

    String date(LocalDate d) {
        return date.format(d);
    }

    /** R24: a moment in the recipient's time zone, naming it. */
    String dateTime(Instant t, ReadersDay day) {
        return format("format.zoned", "time", dateTime.format(t.atZone(day.zone())), "zone", day.zoneId());
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale.locale()).format(n);
    }
}
