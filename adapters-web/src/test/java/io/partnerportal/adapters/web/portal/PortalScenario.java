package io.partnerportal.adapters.web.portal;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.util.List;

/**
 * Ken's subscriptions, billed by Acme: Jira on acme.atlassian.net (with Yuki) carrying Tempo and
 * ScriptRunner, Confluence on the same site carrying ScriptRunner and draw.io, Jira Service
 * Management and a second Jira not set up yet, a Teamwork Collection on team.atlassian.net, Atlassian
 * Guard on the organization acme-org and another Guard not set up, Loom starting in 30 days, Rovo
 * cancelled. Sam has a Jira of another partner that Ken cannot see.
 */
final class PortalScenario {
    static final String KEN = "ken@example.jp";
    static final String YUKI = "yuki@example.jp";
    static final String SAM = "sam@example.com";

    final PartnerId acme;
    final PartnerId other;
    final String account;
    final SubscriptionView jira;
    final SubscriptionView tempo;
    final SubscriptionView scriptRunner;
    final SubscriptionView confluence;
    final SubscriptionView drawio;
    final SubscriptionView serviceManagement;
    final SubscriptionView jiraToSetUp;
    final SubscriptionView collection;
    final SubscriptionView included;
    final SubscriptionView guard;
    final SubscriptionView guardToSetUp;
    final SubscriptionView loom;
    final SubscriptionView rovo;
    final SubscriptionView otherJira;

    PortalScenario(PortalFixture fx) {
        acme = PortalFixture.id(fx.partner("Acme"));
        account = fx.account(acme, "ACME Corp");
        jira = fx.order(acme, account, "jira").site("acme").contact(KEN, "Ken", "en").contact(YUKI, "Yuki", "ja")
                .placeOne();
        tempo = fx.order(acme, account, "tempo-timesheets").hosts(jira.entitlementNumber()).contact(KEN, "Ken", "en")
                .placeOne();
        confluence = fx.order(acme, account, "confluence").site("acme").contact(KEN, "Ken", "en").placeOne();
        scriptRunner = fx.order(acme, account, "scriptrunner")
                .hosts(jira.entitlementNumber(), confluence.entitlementNumber()).contact(KEN, "Ken", "en").placeOne();
        drawio = fx.order(acme, account, "drawio").hosts(confluence.entitlementNumber()).contact(KEN, "Ken", "en")
                .placeOne();
        serviceManagement = fx.order(acme, account, "jira-service-management").contact(KEN, "Ken", "en").placeOne();
        jiraToSetUp = fx.order(acme, account, "jira").contact(KEN, "Ken", "en").placeOne();
        List<SubscriptionView> teamwork = fx.order(acme, account, "teamwork-collection").site("team")
                .contact(KEN, "Ken", "en").place();
        collection = teamwork.get(0);
        included = teamwork.get(1);
        guard = fx.order(acme, account, "atlassian-guard").organization("acme-org").contact(KEN, "Ken", "en")
                .placeOne();
        guardToSetUp = fx.order(acme, account, "atlassian-guard").contact(KEN, "Ken", "en").placeOne();
        loom = fx.order(acme, account, "loom").site("acme").start(fx.clock.today().plusDays(30).toString())
                .contact(KEN, "Ken", "en").placeOne();
        SubscriptionView rovoOrdered = fx.order(acme, account, "rovo").site("acme").contact(KEN, "Ken", "en")
                .placeOne();
        rovo = fx.partners().cancel(PartnerOperations.Cancel.parse(acme, rovoOrdered.entitlementNumber(), "IMMEDIATE",
                null, null)).subscription();
        other = PortalFixture.id(fx.partner("Other"));
        otherJira = fx.order(other, fx.account(other, "Other Corp"), "jira").site("other").contact(SAM).placeOne();
        fx.deliverAll();
        fx.mail.clear();
    }
}
