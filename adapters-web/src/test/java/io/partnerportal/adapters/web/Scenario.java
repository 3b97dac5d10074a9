package io.partnerportal.adapters.web;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.partner.PartnerIntegrations;
import java.util.List;

/**
 * A partner "Acme" with two billing accounts, Jira on acme.atlassian.net (contacts Ken and Yuki)
 * with the app Tempo on it, Confluence on the same site, a Teamwork Collection on team.atlassian.net;
 * and another partner with its own Jira on other.atlassian.net.
 */
final class Scenario {
    final TestApi api;
    final TestApi.Partner acme;
    final TestApi.Partner other;
    final String account;
    final String account2;
    final String otherAccount;
    final SubscriptionView jira;
    final SubscriptionView tempo;
    final SubscriptionView confluence;
    final SubscriptionView collection;
    final SubscriptionView included;
    final SubscriptionView otherJira;
    /** Acme's two webhook endpoints (registered first, so every order here has deliveries) and two deliveries. */
    final String endpoint;
    final String endpoint2;
    final long delivery;
    final long delivery2;
    /** Two spare keys of Acme's, besides the one the tests call with. */
    final String spareKey;
    final String spareKey2;
    /** R23: two open requests of Ken's to Acme, about Confluence. */
    final String request;
    final String request2;

    Scenario(TestApi api) {
        this.api = api;
        var fx = api.fx;
        acme = api.partner("Acme");
        other = api.partner("Other");
        account = fx.account(acme.id(), "ACME Corp");
        account2 = fx.account(acme.id(), "ACME Labs");
        otherAccount = fx.account(other.id(), "Other Corp");
        var integrations = fx.core.partnerIntegrations();
        spareKey = integrations.createApiKey(PartnerIntegrations.CreateApiKey.parse(acme.id(), "spare")).id();
        spareKey2 = integrations.createApiKey(PartnerIntegrations.CreateApiKey.parse(acme.id(), "spare 2")).id();
        endpoint = integrations.registerEndpoint(PartnerIntegrations.RegisterEndpoint.parse(acme.id(),
                "https://hooks.acme.example/portal", null)).id();
        endpoint2 = integrations.registerEndpoint(PartnerIntegrations.RegisterEndpoint.parse(acme.id(),
                "https://hooks.acme.example/cancellations", List.of("cancellation.scheduled"))).id();
        jira = fx.order(acme.id(), account, "jira").site("acme").contact("ken@example.jp", "Ken", "ja")
                .contact("yuki@example.jp", "Yuki", "ja").placeOne();
        tempo = fx.order(acme.id(), account, "tempo-timesheets").hosts(jira.entitlementNumber())
                .contact("ken@example.jp").placeOne();
        confluence = fx.order(acme.id(), account, "confluence").site("acme").contact("ken@example.jp").placeOne();
        List<SubscriptionView> teamwork = fx.order(acme.id(), account, "teamwork-collection").site("team")
                .contact("mei@example.jp").place();
        collection = teamwork.get(0);
        included = teamwork.get(1);
        otherJira = fx.order(other.id(), otherAccount, "jira").site("other").contact("sam@example.com").placeOne();
        var ken = fx.person("ken@example.jp");
        request = fx.core.customerPortal().askPartner(io.partnerportal.core.portal.CustomerPortal.AskPartner.parse(ken,
                confluence.entitlementNumber(), "CHANGE", null, "PREMIUM", "100", null, null, null, "Premium, please")).id();
        request2 = fx.core.customerPortal().askPartner(io.partnerportal.core.portal.CustomerPortal.AskPartner.parse(
                ken, confluence.entitlementNumber(), "OTHER", null, null, null, null, null, null, "Call me")).id();
        List<PartnerIntegrations.DeliveryView> deliveries = integrations.deliveries(
                PartnerIntegrations.EndpointRef.parse(acme.id(), endpoint));
        delivery = deliveries.get(deliveries.size() - 1).id();
        delivery2 = deliveries.get(deliveries.size() - 2).id();
    }

    String key() {
        return acme.key();
    }

    StorageSnapshot snapshot(String... idempotencyKeys) {
        return StorageSnapshot.of(api.fx, List.of(acme.id(), other.id()), List.of(idempotencyKeys));
    }

    String endpoint(String id) {
        return "/api/v1/webhook-endpoints/" + id;
    }

    static String subscription(SubscriptionView s) {
        return "/api/v1/subscriptions/" + s.entitlementNumber();
    }
}
