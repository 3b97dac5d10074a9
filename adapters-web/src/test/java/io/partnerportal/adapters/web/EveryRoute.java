package io.partnerportal.adapters.web;

import static io.partnerportal.adapters.web.Scenario.subscription;

import java.util.List;
import java.util.function.Function;

/**
 * Every route of SPEC §5.2 with a request that succeeds in a fresh {@link Scenario}, and for
 * changes another request to the same route (another body, or another path when the route takes
 * no body).
 */
record EveryRoute(String name, String method, Function<Scenario, String> path, Function<Scenario, String> body,
                  Function<Scenario, String> otherPath, Function<Scenario, String> otherBody, Key key) {

    enum Key { PARTNER, SUPPORT }

    @Override
    public String toString() {
        return name;
    }

    boolean isChange() {
        return !method.equals("GET");
    }

    TestApi.Request request(Scenario s, boolean other) {
        String p = (other ? otherPath : path).apply(s);
        Function<Scenario, String> b = other ? otherBody : body;
        TestApi.Request r = s.api.request(method, p);
        String json = b == null ? null : b.apply(s);
        return json == null ? r : r.json(json);
    }

    static List<EveryRoute> all() {
        return List.of(
                change("create a billing account", "POST", s -> "/api/v1/billing-accounts",
                        s -> "{\"name\":\"ACME Retail\"}", s -> "/api/v1/billing-accounts",
                        s -> "{\"name\":\"ACME Cloud\"}"),
                read("list billing accounts", s -> "/api/v1/billing-accounts"),
                change("order", "POST", s -> "/api/v1/orders", s -> order(s, "fresh"), s -> "/api/v1/orders",
                        s -> order(s, "fresher")),
                read("list subscriptions", s -> "/api/v1/subscriptions"),
                read("get a subscription", s -> subscription(s.jira)),
                change("assign a contact", "PUT", s -> subscription(s.jira) + "/contacts/aiko@example.jp",
                        s -> "{\"name\":\"Aiko\",\"locale\":\"ja\"}",
                        s -> subscription(s.jira) + "/contacts/aiko@example.jp",
                        s -> "{\"name\":\"Aiko\",\"locale\":\"en\"}"),
                change("remove a contact", "DELETE", s -> subscription(s.jira) + "/contacts/yuki@example.jp", null,
                        s -> subscription(s.jira) + "/contacts/ken@example.jp", null),
                change("report usage", "PUT", s -> subscription(s.jira) + "/usage", s -> "{\"activeUsers\":42}",
                        s -> subscription(s.jira) + "/usage", s -> "{\"activeUsers\":43}"),
                change("move to another billing account", "POST", s -> subscription(s.confluence) + "/billing-account",
                        s -> "{\"billingAccountId\":\"" + s.account2 + "\"}",
                        s -> subscription(s.confluence) + "/billing-account",
                        s -> "{\"billingAccountId\":\"" + s.account + "\"}"),
                change("cancel", "POST", s -> subscription(s.jira) + "/cancellation", s -> "{\"when\":\"END_OF_TERM\"}",
                        s -> subscription(s.jira) + "/cancellation", s -> "{\"when\":\"IMMEDIATE\"}"),
                change("withdraw a cancellation", "DELETE", s -> subscription(s.jira) + "/cancellation", null,
                        s -> subscription(s.confluence) + "/cancellation", null),
                read("history", s -> subscription(s.jira) + "/history"),
                change("change a plan", "POST", s -> subscription(s.jira) + "/changes", s -> "{\"plan\":\"PREMIUM\"}",
                        s -> subscription(s.jira) + "/changes", s -> "{\"plan\":\"FREE\",\"when\":\"AT_RENEWAL\"}"),
                change("withdraw a plan change", "DELETE", s -> subscription(s.jira) + "/changes", null,
                        s -> subscription(s.confluence) + "/changes", null),
                change("migrate a site", "POST", s -> "/api/v1/sites/acme.atlassian.net/new-billing-migration", null,
                        s -> "/api/v1/sites/team.atlassian.net/new-billing-migration", null),
                change("register a webhook endpoint", "POST", s -> "/api/v1/webhook-endpoints",
                        s -> "{\"url\":\"https://hooks.acme.example/new\"}", s -> "/api/v1/webhook-endpoints",
                        s -> "{\"url\":\"https://hooks.acme.example/newer\",\"events\":[\"usage.reported\"]}"),
                read("list webhook endpoints", s -> "/api/v1/webhook-endpoints"),
                read("get a webhook endpoint", s -> s.endpoint(s.endpoint)),
                change("delete a webhook endpoint", "DELETE", s -> s.endpoint(s.endpoint2), null,
                        s -> s.endpoint(s.endpoint), null),
                change("rotate a webhook secret", "POST", s -> s.endpoint(s.endpoint) + "/secret", null,
                        s -> s.endpoint(s.endpoint2) + "/secret", null),
                read("list webhook deliveries", s -> s.endpoint(s.endpoint) + "/deliveries"),
                change("retry a webhook delivery", "POST", s -> s.endpoint(s.endpoint) + "/deliveries/" + s.delivery
                        + "/retry", null, s -> s.endpoint(s.endpoint) + "/deliveries/" + s.delivery2 + "/retry", null),
                read("events feed", s -> "/api/v1/events"),
                read("list requests", s -> "/api/v1/requests"),
                change("resolve a request", "POST", s -> "/api/v1/requests/" + s.request + "/resolution",
                        s -> "{\"status\":\"DONE\"}", s -> "/api/v1/requests/" + s.request2 + "/resolution",
                        s -> "{\"status\":\"DECLINED\",\"note\":\"not possible\"}"),
                change("create an API key", "POST", s -> "/api/v1/api-keys", s -> "{\"name\":\"billing sync\"}",
                        s -> "/api/v1/api-keys", s -> "{\"name\":\"reporting\"}"),
                read("list API keys", s -> "/api/v1/api-keys"),
                change("revoke an API key", "DELETE", s -> "/api/v1/api-keys/" + s.spareKey, null,
                        s -> "/api/v1/api-keys/" + s.spareKey2, null),
                new EveryRoute("reactivate (support)", "POST",
                        s -> "/api/v1/support/subscriptions/" + s.jira.entitlementNumber() + "/reactivation",
                        s -> "{\"includeApps\":true}", null, null, Key.SUPPORT));
    }

    static List<EveryRoute> partnerChanges() {
        return all().stream().filter(r -> r.key == Key.PARTNER && r.isChange()).toList();
    }

    static String order(Scenario s, String site) {
        return "{\"billingAccountId\":\"" + s.account + "\",\"product\":\"jira\",\"plan\":\"STANDARD\","
                + "\"billingCycle\":\"ANNUAL\",\"userTier\":50,\"siteUrl\":\"" + site + ".atlassian.net\","
                + "\"contacts\":[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"}]}";
    }

    private static EveryRoute read(String name, Function<Scenario, String> path) {
        return new EveryRoute(name, "GET", path, null, path, null, Key.PARTNER);
    }

    private static EveryRoute change(String name, String method, Function<Scenario, String> path,
                                     Function<Scenario, String> body, Function<Scenario, String> otherPath,
                                     Function<Scenario, String> otherBody) {
        return new EveryRoute(name, method, path, body, otherPath, otherBody, Key.PARTNER);
    }
}
