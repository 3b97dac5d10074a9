package io.partnerportal.adapters.web.portal;

import io.partnerportal.adapters.web.portal.PageModels.Badge;
import io.partnerportal.adapters.web.portal.PageModels.Fact;
import io.partnerportal.adapters.web.portal.PageModels.Heading;
import io.partnerportal.adapters.web.portal.PageModels.Link;
import io.partnerportal.adapters.web.portal.PageModels.Linked;
import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Puts the core's views into words for the pages: badges, facts, linked subscriptions, headings. */
final class Presenter {
    static final String DETAILS = "details";
    static final String CONTACTS = "contacts";
    static final String APPS = "apps";
    static final String HISTORY = "history";

    private Presenter() {
    }

    /** Active / Inactive / Upcoming, and "Cancels on …" while a cancellation is pending. */
    static List<Badge> badges(Texts t, SubscriptionStatus status, LocalDate cancelsOn) {
        List<Badge> badges = new ArrayList<>();
        badges.add(new Badge(t.of("status", status), status.name().toLowerCase(java.util.Locale.ROOT)));
        if (cancelsOn != null && status != SubscriptionStatus.CANCELLED) {
            badges.add(new Badge(t.t("status.cancelsOn", t.date(cancelsOn)), "ending"));
        }
        return badges;
    }

    static List<Badge> badges(Texts t, SubscriptionView v) {
        return badges(t, v.status(), v.cancellation() == null ? null : v.cancellation().effectiveOn());
    }

    static Linked linked(Texts t, LinkedView l) {
        return new Linked(t.t("relation." + l.relation()), l.productName(), l.entitlementNumber(),
                l.canOpen() ? Links.subscription(l.entitlementNumber()) : null);
    }

    static List<Linked> linked(Texts t, List<LinkedView> links) {
        return links.stream().map(l -> linked(t, l)).toList();
    }

    /**
     * A subscription's linked subscriptions under their heading: an app's are all the products it is
     * installed on, which the heading already says.
     */
    static List<Linked> linked(Texts t, SubscriptionView v, List<LinkedView> links) {
        List<Linked> linked = linked(t, links);
        return v.kind() != SubscriptionKind.APP ? linked
                : linked.stream().map(l -> new Linked("", l.name(), l.entitlementNumber(), l.url())).toList();
    }

    /** A subscription named in a cancellation's outcome; it goes with one the visitor sees, so it opens. */
    static Linked linked(SubscriptionView v) {
        return new Linked("", v.product().name(), v.entitlementNumber(), Links.subscription(v.entitlementNumber()));
    }

    /**
     * "Renews in 53 days", "Starts tomorrow", or nothing for a cancelled subscription: the core gives
     * the days until renewal only while active and the days until the start only while upcoming.
     */
    static String timing(Texts t, Long daysUntilRenewal, Long daysUntilStart) {
        if (daysUntilStart != null) {
            return t.days("timing.start", daysUntilStart);
        }
        if (daysUntilRenewal != null) {
            return t.days("timing.renewal", daysUntilRenewal);
        }
        return t.t("value.none");
    }

    /** Where it is set up, its number, plan, cycle, tier, users, dates, partner and cancellation. */
    static List<Fact> facts(Texts t, SubscriptionView v) {
        List<Fact> facts = new ArrayList<>();
        if (v.organization() != null) {
            facts.add(new Fact(t.t("fact.organization"), v.organization()));
        } else {
            facts.add(new Fact(t.t("fact.site"), v.site() != null ? v.site() : t.t("fact.notSetUp")));
        }
        facts.add(new Fact(t.t("fact.entitlementNumber"), v.entitlementNumber()));
        facts.add(new Fact(t.t("fact.plan"), t.of("plan", v.plan())));
        facts.add(new Fact(t.t("fact.billingCycle"), t.of("cycle", v.billingCycle())));
        facts.add(new Fact(t.t("fact.userTier"), t.number(v.userTier())));
        facts.add(new Fact(t.t("fact.activeUsers"), t.number(v.activeUsers())));
        facts.add(new Fact(t.t("fact.startDate"), t.date(v.startDate())));
        facts.add(new Fact(t.t("fact.billDate"), t.date(v.billDate())));
        if (v.daysUntilStart() != null || v.daysUntilRenewal() != null) {
            facts.add(new Fact(t.t(v.daysUntilStart() != null ? "fact.daysUntilStart" : "fact.daysUntilRenewal"),
                    timing(t, v.daysUntilRenewal(), v.daysUntilStart())));
        }
        if (v.cancellation() != null) {
            String when = t.t(v.status() == SubscriptionStatus.CANCELLED ? "fact.cancelledOn" : "fact.cancelsOn",
                    t.date(v.cancellation().effectiveOn()));
            facts.add(new Fact(t.t("fact.cancellation"), v.cancellation().reason() == null ? when
                    : t.t("fact.cancellationWithReason", when, t.of("reason", v.cancellation().reason()))));
        }
        if (v.pendingChange() != null) {
            facts.add(new Fact(t.t("fact.pendingChange"), pendingChange(t, v.pendingChange())));
        }
        facts.add(new Fact(t.t("fact.partner"), v.partner().name()));
        return facts;
    }

    /** "Changes to Standard, 10 users, annual billing, on …" (R16), or null when nothing is pending. */
    static String pendingChange(Texts t, SubscriptionView.PendingChangeView c) {
        return c == null ? null : t.t("fact.changesTo", t.of("plan", c.plan()), t.number(c.userTier()),
                t.of("cycle", c.billingCycle()), t.date(c.effectiveOn()));
    }

    /** The label of a subscription's linked subscriptions: an app is installed on its hosts. */
    static String linkedLabel(Texts t, SubscriptionView v) {
        return t.t(v.kind() == SubscriptionKind.APP ? "details.installedOn" : "details.linked");
    }

    /** The product's name and number, badges, and the tabs between its pages. */
    static Heading heading(Texts t, SubscriptionView v, String current) {
        String en = v.entitlementNumber();
        List<Link> tabs = new ArrayList<>();
        tabs.add(Link.tab(t.t("tab.details"), Links.subscription(en), DETAILS.equals(current)));
        tabs.add(Link.tab(t.t("tab.contacts"), Links.subscription(en, CONTACTS), CONTACTS.equals(current)));
        if (v.kind() == SubscriptionKind.PRODUCT) {
            tabs.add(Link.tab(t.t("tab.apps"), Links.subscription(en, APPS), APPS.equals(current)));
        }
        tabs.add(Link.tab(t.t("tab.history"), Links.subscription(en, HISTORY), HISTORY.equals(current)));
        return new Heading(v.product().name(), en, badges(t, v), tabs);
    }
}
