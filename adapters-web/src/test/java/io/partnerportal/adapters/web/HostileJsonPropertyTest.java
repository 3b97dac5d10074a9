package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and mutated JSON thrown at {@code POST /orders} and {@code POST
 * /subscriptions/{en}/cancellation} (1,100 tries in all): never a 5xx, never a stack trace, a
 * problem+json for every refusal, and nothing changed unless the request was a valid change.
 */
class HostileJsonPropertyTest {
    private static final List<String> ORDER_FIELDS = List.of("billingAccountId", "product", "plan", "billingCycle",
            "userTier", "startDate", "siteUrl", "organization", "hostEntitlementNumbers", "contacts");
    private static final List<String> CONTACT_FIELDS = List.of("email", "name", "locale");
    private static final List<String> CANCEL_FIELDS = List.of("when", "reason", "keepProducts");

    private static TestApi api;
    private static Scenario s;

    @BeforeContainer
    static void start() {
        api = TestApi.start();
        s = new Scenario(api);
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    // ---- the properties ----

    @Property(tries = 300)
    void randomJsonAtOrdersBreaksNothing(@ForAll("objects") String body) {
        assertHarmless("/api/v1/orders", body.getBytes(StandardCharsets.UTF_8), false);
    }

    @Property(tries = 300)
    void mutatedOrdersBreakNothing(@ForAll("mutations") List<Mutation> mutations) {
        assertHarmless("/api/v1/orders", mutate(validOrder(), mutations), false);
    }

    @Property(tries = 250)
    void randomJsonAtCancellationBreaksNothing(@ForAll("objects") String body, @ForAll boolean preview,
                                               @ForAll boolean collection) {
        assertHarmless(cancellation(collection, preview), body.getBytes(StandardCharsets.UTF_8), preview);
    }

    @Property(tries = 250)
    void mutatedCancellationsBreakNothing(@ForAll("mutations") List<Mutation> mutations, @ForAll boolean preview,
                                          @ForAll boolean collection) {
        String valid = collection ? "{\"when\":\"END_OF_TERM\",\"reason\":\"UNUSED\",\"keepProducts\":[\"jira\"]}"
                : "{\"when\":\"END_OF_TERM\",\"reason\":\"UNUSED\"}";
        assertHarmless(cancellation(collection, preview), mutate(valid, mutations), preview);
    }

    private static String cancellation(boolean collection, boolean preview) {
        return Scenario.subscription(collection ? s.collection : s.jira) + "/cancellation"
                + (preview ? "?preview=true" : "");
    }

    private static String validOrder() {
        return "{\"billingAccountId\":\"" + s.account + "\",\"product\":\"jira\",\"plan\":\"STANDARD\","
                + "\"billingCycle\":\"ANNUAL\",\"userTier\":50,\"startDate\":\"2026-12-01\",\"siteUrl\":\"props\","
                + "\"contacts\":[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"}]}";
    }

    private static void assertHarmless(String path, byte[] body, boolean preview) {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.request("POST", path).key(s.key()).body(body, "application/json").send();

        Statistics.collect(r.status() >= 400 ? r.status() + " " + r.code() : r.status());
        assertThat(r.status()).as(r.toString()).isLessThan(500);
        HostileRequestTest.assertNoStackTrace(r.body());
        if (r.status() >= 400) {
            HostileRequestTest.assertProblem(r, r.status());
        }
        if (r.status() >= 400 || preview) {
            assertThat(s.snapshot()).as(r.toString()).isEqualTo(before);
        }
    }

    // ---- random JSON ----

    @Provide
    Arbitrary<String> objects() {
        return object(3);
    }

    private static Arbitrary<String> value(int depth) {
        if (depth == 0) {
            return scalar();
        }
        return Arbitraries.frequencyOf(Tuple.of(6, scalar()), Tuple.of(2, array(depth - 1)),
                Tuple.of(2, object(depth - 1)));
    }

    private static Arbitrary<String> object(int depth) {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(fields())), Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
        Arbitrary<String> member = Combinators.combine(key, Arbitraries.lazy(() -> value(depth)))
                .as((k, v) -> quote(k) + ":" + v);
        return member.list().ofMaxSize(10).map(members -> "{" + String.join(",", members) + "}");
    }

    private static Arbitrary<String> array(int depth) {
        return Arbitraries.lazy(() -> value(depth)).list().ofMaxSize(4)
                .map(items -> "[" + String.join(",", items) + "]");
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "5.0", "1e400", "-0",
                        "99999999999999999999", "2147483648", "\"\"", "\" \"")),
                Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(String::valueOf)
                        .filter(d -> !d.contains("N") && !d.contains("I"))),
                Tuple.of(3, Arbitraries.strings().ofMaxLength(20).map(HostileJsonPropertyTest::quote)),
                Tuple.of(3, Arbitraries.of(knownValues()).map(HostileJsonPropertyTest::quote)));
    }

    private static List<String> fields() {
        List<String> all = new ArrayList<>(ORDER_FIELDS);
        all.addAll(CONTACT_FIELDS);
        all.addAll(CANCEL_FIELDS);
        return all;
    }

    private static List<String> knownValues() {
        return List.of(s.account, s.otherAccount, s.jira.entitlementNumber(), s.otherJira.entitlementNumber(),
                "jira", "confluence", "teamwork-collection", "tempo-timesheets", "atlassian-guard", "STANDARD",
                "FREE", "ANNUAL", "MONTHLY", "END_OF_TERM", "IMMEDIATE", "UNUSED", "ken@example.jp", "a@b", "ja",
                "en", "2026-12-01", "2026-02-30", "acme", "props.atlassian.net", "-bad-", "<script>alert(1)</script>",
                "Ken\r\nBcc: x@example.com", "E-AAA-BBB-CCC-DDD", "\u0000", "\ud83d\ude00");
    }

    /** A JSON string literal of {@code raw}, whatever characters it holds. */
    static String quote(String raw) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ---- mutations of a valid body ----

    /** One edit: what kind, where (0..1 along the body or among the fields), and a JSON value to use. */
    record Mutation(int kind, double at, String payload) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.doubles().between(0, 1), value(2)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    private static byte[] mutate(String valid, List<Mutation> mutations) {
        String body = valid;
        List<Mutation> byteEdits = new ArrayList<>();
        for (Mutation m : mutations) {
            if (m.kind() == 10) {
                byteEdits.add(m);
            } else {
                body = edit(body, m);
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : byteEdits) {
            if (bytes.length > 0) {
                bytes[index(m.at(), bytes.length - 1)] = (byte) (m.payload().length() % 2 == 0 ? 0xC3 : 0xFF);
            }
        }
        return bytes;
    }

    private static String edit(String body, Mutation m) {
        int at = index(m.at(), body.length());
        switch (m.kind()) {
            case 0:
                return body.isEmpty() ? body : body.substring(0, Math.min(at, body.length() - 1))
                        + body.substring(Math.min(at, body.length() - 1) + 1);
            case 1:
                return body.substring(0, at) + m.payload().charAt(0) + body.substring(at);
            case 2:
                return body.substring(0, at);
            case 3:
                return body.substring(0, at) + m.payload() + body.substring(at);
            case 4:
                return body.replaceFirst("\\{", "{" + quote(pick(fields(), m.at())) + ":" + m.payload().replace("$", "")
                        .replace("\\", "\\\\") + ",");
            case 7:
                return "[" + body + "]";
            default:
                return structural(body, m);
        }
    }

    /** Edits on the parsed object; a body that no longer parses gets the payload spliced in instead. */
    private static String structural(String body, Mutation m) {
        JsonNode root;
        JsonNode payload;
        try {
            root = TestApi.JSON.readTree(body);
            payload = TestApi.JSON.readTree(m.payload());
        } catch (IOException e) {
            int at = index(m.at(), body.length());
            return body.substring(0, at) + m.payload() + body.substring(at);
        }
        if (!(root instanceof ObjectNode object) || object.isEmpty()) {
            return body + m.payload();
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String field = pick(names, m.at());
        switch (m.kind()) {
            case 5 -> object.set(field, payload);
            case 6 -> object.remove(field);
            case 8 -> object.set("unknown" + m.payload().length(), payload);
            default -> {
                JsonNode contacts = object.path("contacts");
                if (contacts.isArray() && contacts.size() > 0 && contacts.get(0) instanceof ObjectNode contact) {
                    contact.set(pick(CONTACT_FIELDS, m.at()), payload);
                } else {
                    object.set(field, TestApi.JSON.createArrayNode().add(payload));
                }
            }
        }
        return TestApi.json(object);
    }

    private static int index(double at, int length) {
        return (int) Math.min(length, Math.floor(at * (length + 1)));
    }

    private static <T> T pick(List<T> items, double at) {
        return items.get((int) Math.min(items.size() - 1, Math.floor(at * items.size())));
    }
}
