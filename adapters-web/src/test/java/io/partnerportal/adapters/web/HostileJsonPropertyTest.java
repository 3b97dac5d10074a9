package io.partnerportal.adapters.web;

import static io.partnerportal.adapters.web.SeededProperty.bigInteger;
import static io.partnerportal.adapters.web.SeededProperty.finiteDouble;
import static io.partnerportal.adapters.web.SeededProperty.forAll;
import static io.partnerportal.adapters.web.SeededProperty.frequency;
import static io.partnerportal.adapters.web.SeededProperty.integer;
import static io.partnerportal.adapters.web.SeededProperty.listOf;
import static io.partnerportal.adapters.web.SeededProperty.oneOf;
import static io.partnerportal.adapters.web.SeededProperty.string;
import static io.partnerportal.adapters.web.SeededProperty.weight;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated JSON thrown at {@code POST /orders} and {@code POST
 * /subscriptions/{en}/cancellation} (1,000 tries per property, from a seed that a failure prints and
 * {@code -Dportal.propertySeed} replays): never a 5xx, never a stack trace, a problem+json for every
 * refusal, and nothing changed unless the request was a valid change.
 */
class HostileJsonPropertyTest {
    static final int TRIES = 1_000;

    private static final List<String> ORDER_FIELDS = List.of("billingAccountId", "product", "plan", "billingCycle",
            "userTier", "startDate", "siteUrl", "organization", "hostEntitlementNumbers", "contacts");
    private static final List<String> CONTACT_FIELDS = List.of("email", "name", "locale");
    private static final List<String> CANCEL_FIELDS = List.of("when", "reason", "keepProducts");

    private static TestApi api;
    private static Scenario s;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        s = new Scenario(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    // ---- the properties ----

    @Test
    void randomJsonAtOrdersBreaksNothing() {
        forAll("randomJsonAtOrdersBreaksNothing", TRIES, r ->
                assertHarmless("/api/v1/orders", objects(r).getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void mutatedOrdersBreakNothing() {
        forAll("mutatedOrdersBreakNothing", TRIES, r ->
                assertHarmless("/api/v1/orders", mutate(validOrder(), mutations(r)), false));
    }

    @Test
    void randomJsonAtCancellationBreaksNothing() {
        forAll("randomJsonAtCancellationBreaksNothing", TRIES, r -> {
            String body = objects(r);
            boolean preview = r.nextBoolean();
            boolean collection = r.nextBoolean();
            assertHarmless(cancellation(collection, preview), body.getBytes(StandardCharsets.UTF_8), preview);
        });
    }

    @Test
    void mutatedCancellationsBreakNothing() {
        forAll("mutatedCancellationsBreakNothing", TRIES, r -> {
            List<Mutation> mutations = mutations(r);
            boolean preview = r.nextBoolean();
            boolean collection = r.nextBoolean();
            String valid = collection
                    ? "{\"when\":\"END_OF_TERM\",\"reason\":\"UNUSED\",\"keepProducts\":[\"jira\"]}"
                    : "{\"when\":\"END_OF_TERM\",\"reason\":\"UNUSED\"}";
            assertHarmless(cancellation(collection, preview), mutate(valid, mutations), preview);
        });
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

    private static String objects(Random r) {
        return object(r, 3);
    }

    private static String value(Random r, int depth) {
        if (depth == 0) {
            return scalar(r);
        }
        return frequency(r, weight(6, () -> scalar(r)), weight(2, () -> array(r, depth - 1)),
                weight(2, () -> object(r, depth - 1)));
    }

    private static String object(Random r, int depth) {
        List<String> members = listOf(r, 0, 10, x -> {
            String key = frequency(x, weight(6, () -> oneOf(x, fields())), weight(1, () -> string(x, 12)));
            return quote(key) + ":" + value(x, depth);
        });
        return "{" + String.join(",", members) + "}";
    }

    private static String array(Random r, int depth) {
        return "[" + String.join(",", listOf(r, 0, 4, x -> value(x, depth))) + "]";
    }

    private static String scalar(Random r) {
        return frequency(r,
                weight(1, () -> oneOf(r, List.of("null", "true", "false", "0", "-1", "1.5", "5.0", "1e400", "-0",
                        "99999999999999999999", "2147483648", "\"\"", "\" \""))),
                weight(2, () -> String.valueOf(integer(r))),
                weight(1, () -> bigInteger(r).toString()),
                weight(1, () -> String.valueOf(finiteDouble(r))),
                weight(3, () -> quote(string(r, 20))),
                weight(3, () -> quote(oneOf(r, knownValues()))));
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

    private static List<Mutation> mutations(Random r) {
        return listOf(r, 1, 3, x -> new Mutation(x.nextInt(11), x.nextDouble(), value(x, 2)));
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
