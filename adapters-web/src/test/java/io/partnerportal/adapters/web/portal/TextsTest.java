package io.partnerportal.adapters.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.ContactListQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word of the portal exists in English and in Japanese: both bundles hold the same keys,
 * none is empty, and every key a template or a page's code asks for is in them.
 */
class TextsTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path CODE = Path.of("src/main/java/io/partnerportal/adapters/web/portal");
    /** {@code t.t("key"}: a literal key (a prefix ending in a dot is completed from values, below). */
    private static final Pattern LITERAL = Pattern.compile("\\bt\\(\"([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        assertThat(Texts.bundle("ja").keySet()).isEqualTo(Texts.bundle("en").keySet());
        for (String lang : Texts.LANGUAGES) {
            assertThat(Texts.bundle(lang)).allSatisfy((key, text) -> assertThat(text).as(lang + " " + key)
                    .isNotBlank());
        }
    }

    @Test
    void everyKeyTheTemplatesAndPagesUseExists() {
        Set<String> used = new TreeSet<>();
        for (Path dir : List.of(TEMPLATES, CODE)) {
            for (Path file : files(dir)) {
                Matcher m = LITERAL.matcher(read(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(100);
        assertThat(Texts.EN.keys()).containsAll(used);
    }

    @Test
    void everyKeyMadeFromAValueExists() {
        List<String> made = new ArrayList<>();
        enumKeys(made, "status", SubscriptionStatus.values());
        enumKeys(made, "plan", Plan.values());
        enumKeys(made, "cycle", BillingCycle.values());
        enumKeys(made, "reason", CancellationReason.values());
        enumKeys(made, "action", HistoryAction.values());
        enumKeys(made, "actor", ActorKind.values());
        enumKeys(made, "relation", ContactListQuery.Relation.values());
        enumKeys(made, "cancel.when", CancellationTiming.values());
        for (ErrorCode code : ErrorCode.values()) {
            if (code.kind() == ErrorCode.Kind.REFUSED) {
                made.add("refusal." + code.name());
            }
        }
        for (ListTab tab : ListTab.values()) {
            String name = tab.name().toLowerCase(Locale.ROOT);
            made.addAll(List.of("tabs." + name, "list.caption." + name, "list.empty." + name));
        }
        for (Flash f : Flash.values()) {
            made.add(f.messageKey());
        }
        for (int status : ErrorPages.STATUSES) {
            made.addAll(List.of("error." + status + ".title", "error." + status + ".message"));
        }
        for (String prefix : List.of("timing.renewal", "timing.start")) {
            made.addAll(List.of(prefix + ".today", prefix + ".one", prefix + ".many"));
        }
        for (String field : List.of("email", "name", "locale", "existingSite", "newSiteName", "organization", "when",
                "reason", "cursor", "entitlementNumber")) {
            made.add("field." + field + ".error");
        }
        for (String detail : List.of("product", "plan", "billingCycle", "userTier", "startDate", "collection",
                "effectiveOn", "reason", "causedBy", "detachOn", "termStart", "contact", "activeUsers", "from", "to",
                "fromBillingAccountId", "toBillingAccountId",
                "site", "organization", "migratedOn", "host")) {
            made.add("detail." + detail);
        }

        assertThat(Texts.EN.keys()).containsAll(made);
    }

    private static void enumKeys(List<String> out, String prefix, Enum<?>[] values) {
        Stream.of(values).forEach(v -> out.add(prefix + "." + v.name()));
    }

    @Test
    void datesAndNumbersFollowTheLanguage() {
        LocalDate date = LocalDate.parse("2027-01-15");

        assertThat(Texts.EN.date(date)).isEqualTo("January 15, 2027");
        assertThat(Texts.JA.date(date)).isEqualTo("2027年1月15日");
        assertThat(Texts.EN.number(1234567L)).isEqualTo("1,234,567");
        assertThat(Texts.JA.dateTime(Instant.parse("2027-01-15T08:05:00Z"))).isEqualTo("2027年1月15日 08:05（UTC）");
        assertThat(Texts.EN.days("timing.renewal", 53)).isEqualTo("Renews in 53 days");
        assertThat(Texts.JA.days("timing.renewal", 0)).isEqualTo("本日更新");
    }

    @Test
    void argumentsAreFilledInAsPlainText() {
        assertThat(Texts.EN.t("status.cancelsOn", "{1} <b>")).isEqualTo("Cancels on {1} <b>");
    }

    @Test
    void noTemplateWritesUnescapedTextInlineStylesOrScripts() {
        for (Path file : files(TEMPLATES)) {
            assertThat(read(file)).as(file.toString()).doesNotContain("$unsafe", "<script", "style=")
                    .doesNotContainPattern(" on[a-z]+=");
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
