package io.partnerportal.adapters.mail;

import io.partnerportal.adapters.mail.EmailBody.Fact;
import io.partnerportal.adapters.mail.EmailBody.Item;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.RequestNote;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.domain.notification.WithdrawalNote;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The emails of R13, one method per type, in plain Java over the {@link Texts} of the recipient's
 * language. Values come from the outbox snapshot and are treated as untrusted text: put on one
 * line, escaped in HTML, percent-encoded in links.
 *
 * <p>A snapshot that lacks what its type needs (a cancellation without its date, a sign-in link
 * whose token was erased) still becomes an email: a short one, titled for its type, that sends
 * the person to the portal, where the details are.
 */
final class EmailTemplates {
    private final PortalLinks links;

    EmailTemplates(URI portalBaseUrl) {
        this.links = new PortalLinks(portalBaseUrl);
    }

    RenderedEmail render(NotificationContent c) {
        Texts t = Texts.of(c.locale());
        EmailBody body = new EmailBody();
        body.paragraph(t.format("common.greeting", "name", c.recipientName()));
        String subject = !isComplete(c) ? brief(c, t, body) : switch (c.type()) {
            case WELCOME -> welcome(c, t, body);
            case SIGN_IN_LINK -> signInLink(c, t, body);
            case PRODUCT_ORDERED -> productOrdered(c, t, body);
            case BILLING_ACCOUNT_CHANGED -> billingAccountChanged(c, t, body);
            case SITE_MIGRATED -> siteMigrated(c, t, body);
            case CANCELLATION_SCHEDULED, CANCELLED, CANCELLATION_WITHDRAWN -> cancellation(c, t, body);
            case REACTIVATED -> reactivated(c, t, body);
            case CONTACT_ADDED -> contactAdded(c, t, body);
            case SUBSCRIPTION_CHANGED, CHANGE_SCHEDULED -> planChange(c, t, body);
            case RENEWAL_REMINDER, START_REMINDER -> reminder(c, t, body);
            case PARTNER_REQUEST -> partnerRequest(c, t, body);
            case REQUEST_RESOLVED -> requestResolved(c, t, body);
        };
        body.footer(t.get(c.type() == NotificationType.PARTNER_REQUEST ? "PARTNER_REQUEST.footer" : "common.footer"));
        String oneLine = SafeText.singleLine(subject);
        return new RenderedEmail(oneLine, t.get("mail.fromName"), body.text(), body.document(t.locale().tag(),
                oneLine));
    }

    /** Whether the snapshot holds everything its type's full email names. */
    static boolean isComplete(NotificationContent c) {
        boolean subscription = !c.subscriptions().isEmpty();
        return switch (c.type()) {
            case WELCOME -> true;
            case SIGN_IN_LINK -> c.signInToken() != null;
            case PRODUCT_ORDERED, CONTACT_ADDED, REACTIVATED -> subscription;
            case BILLING_ACCOUNT_CHANGED -> subscription && c.fromBillingAccount() != null
                    && c.toBillingAccount() != null;
            case SITE_MIGRATED -> c.site() != null && c.migratedOn() != null;
            case CANCELLATION_SCHEDULED, CANCELLED, CANCELLATION_WITHDRAWN, SUBSCRIPTION_CHANGED, CHANGE_SCHEDULED,
                    RENEWAL_REMINDER, START_REMINDER ->
                    subscription && c.effectiveOn() != null;
            case PARTNER_REQUEST, REQUEST_RESOLVED -> subscription && c.request() != null;
        };
    }

    /** The email for a snapshot that lacks details: what happened, and where to read more. */
    private String brief(NotificationContent c, Texts t, EmailBody b) {
        b.paragraph(t.get("common.detailsInPortal"));
        b.action(t.get("common.openPortal"), c.type() == NotificationType.SIGN_IN_LINK ? links.signInPage()
                : links.subscriptions());
        return t.get(c.type().name() + ".title");
    }

    /** R23: to the partner's contact: who asked what about which subscription, and how to answer. */
    private String partnerRequest(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary s = c.subscriptions().get(0);
        RequestNote r = c.request();
        b.paragraph(t.format("PARTNER_REQUEST.intro", "contact", SafeText.singleLine(r.askedBy()),
                "product", s.productName(), "entitlementNumber", s.entitlementNumber()));
        b.facts(t.get("request.kind." + r.kind().name()), wish(r, t), t.get("PARTNER_REQUEST.action"), links.apiDocs());
        if (r.message() != null) {
            b.paragraph(t.format("request.message", "message", SafeText.singleLine(r.message())));
        }
        b.paragraph(t.format("PARTNER_REQUEST.answer", "id", r.id()));
        return t.format("PARTNER_REQUEST.subject", "product", s.productName(), "kind",
                t.get("request.kind." + r.kind().name()));
    }

    /** R23: to the contact who asked: the partner's answer. */
    private String requestResolved(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary s = c.subscriptions().get(0);
        RequestNote r = c.request();
        String status = t.get("request.status." + r.status().name());
        b.paragraph(t.format("REQUEST_RESOLVED.intro", "partner", partner(c, t), "product", s.productName(),
                "entitlementNumber", s.entitlementNumber(), "status", status));
        b.facts(t.get("request.kind." + r.kind().name()), wish(r, t), t.get("common.viewSubscription"),
                links.subscription(s.entitlementNumber()));
        if (r.note() != null) {
            b.paragraph(t.format("REQUEST_RESOLVED.note", "note", SafeText.singleLine(r.note())));
        }
        b.paragraph(t.get("REQUEST_RESOLVED.unchanged"));
        b.action(t.get("REQUEST_RESOLVED.action"), links.requests());
        return t.format("REQUEST_RESOLVED.subject", "product", s.productName(), "status", status);
    }

    /** What a request asks for, as facts; only its kind's parts. */
    private static List<Fact> wish(RequestNote r, Texts t) {
        List<Fact> facts = new ArrayList<>();
        if (r.kind() == io.partnerportal.core.domain.request.RequestKind.CANCEL_COLLECTION) {
            facts.add(new Fact(t.get("request.keep"), r.keepProducts().isEmpty() ? t.get("request.keepNone")
                    : SafeText.singleLine(String.join(", ", r.keepProducts()))));
        }
        if (r.plan() != null) {
            facts.add(new Fact(t.get("label.plan"), t.get("plan." + r.plan())));
        }
        if (r.userTier() != null) {
            facts.add(new Fact(t.get("label.userTier"), t.format("value.users", "count", t.number(r.userTier()))));
        }
        if (r.billingCycle() != null) {
            facts.add(new Fact(t.get("label.billingCycle"), t.get("cycle." + r.billingCycle())));
        }
        if (r.product() != null) {
            facts.add(new Fact(t.get("request.product"), SafeText.singleLine(r.product())));
        }
        if (r.site() != null) {
            facts.add(new Fact(t.get("request.site"), SafeText.singleLine(r.site())));
        }
        facts.add(new Fact(t.get("request.id"), SafeText.singleLine(r.id())));
        return facts;
    }

    private String welcome(NotificationContent c, Texts t, EmailBody b) {
        b.paragraph(t.get("WELCOME.intro"));
        b.paragraph(t.format("WELCOME.howToSignIn", "email", c.recipient().value()));
        b.action(t.get("WELCOME.action"), links.signInPage());
        return t.get("WELCOME.subject");
    }

    private String signInLink(NotificationContent c, Texts t, EmailBody b) {
        b.paragraph(t.get("SIGN_IN_LINK.intro"));
        b.action(t.get("SIGN_IN_LINK.action"), links.signIn(c.signInToken()));
        if (c.linkExpiresAt() != null) {
            b.paragraph(t.format("SIGN_IN_LINK.expiresAt", "time", t.dateTime(c.linkExpiresAt(), c.readersDay())));
        }
        b.paragraph(t.get("SIGN_IN_LINK.ignore"));
        return t.get("SIGN_IN_LINK.subject");
    }

    private String productOrdered(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary first = c.subscriptions().get(0);
        b.paragraph(t.format("PRODUCT_ORDERED.intro", "partner", partner(c, t)));
        c.subscriptions().forEach(s -> details(s, c.partnerName(), t, b));
        return t.format("PRODUCT_ORDERED.subject", "product", first.productName());
    }

    private String billingAccountChanged(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary first = c.subscriptions().get(0);
        b.paragraph(t.format("BILLING_ACCOUNT_CHANGED.intro", "partner", partner(c, t),
                "from", c.fromBillingAccount(), "to", c.toBillingAccount()));
        b.list(t.get("BILLING_ACCOUNT_CHANGED.listHeading"), items(c.subscriptions(), t));
        b.paragraph(t.get("BILLING_ACCOUNT_CHANGED.unchanged"));
        contactPartner(c, t, b);
        return t.format("BILLING_ACCOUNT_CHANGED.subject", "product", first.productName());
    }

    private String siteMigrated(NotificationContent c, Texts t, EmailBody b) {
        String site = c.site();
        String date = t.date(c.migratedOn());
        b.paragraph(t.format("SITE_MIGRATED.intro", "site", site, "date", date));
        b.paragraph(t.get("SITE_MIGRATED.unchanged"));
        b.list(t.format("SITE_MIGRATED.listHeading", "site", site), items(c.subscriptions(), t));
        b.action(t.get("common.openPortal"), links.subscriptions());
        return t.format("SITE_MIGRATED.subject", "site", site);
    }

    private String cancellation(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary s = c.subscriptions().get(0);
        String type = c.type().name();
        String date = t.date(c.effectiveOn());
        b.paragraph(t.format(type + ".intro", "product", s.productName(), "entitlementNumber",
                s.entitlementNumber(), "date", date));
        if (c.withdrawal() != WithdrawalNote.NONE) {
            b.paragraph(t.format(type + ".withdraw." + c.withdrawal().name(), "partner", partner(c, t), "product",
                    s.productName()));
        }
        cascade(c, c.cancelledWith(), t, b);
        b.action(t.get("common.viewSubscription"), links.subscription(s.entitlementNumber()));
        contactPartner(c, t, b);
        return t.format(type + ".subject", "product", s.productName(), "date", date);
    }

    /** The subscriptions: the reactivated one first, then those reactivated with it. */
    private String reactivated(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary s = c.subscriptions().get(0);
        b.paragraph(t.format("REACTIVATED.intro", "product", s.productName(), "entitlementNumber",
                s.entitlementNumber()));
        if (c.effectiveOn() != null) {
            b.paragraph(t.format("REACTIVATED.since", "date", t.date(c.effectiveOn())));
        }
        List<SubscriptionSummary> with = new ArrayList<>(c.subscriptions().subList(1, c.subscriptions().size()));
        with.addAll(c.cancelledWith());
        cascade(c, with, t, b);
        b.action(t.get("common.viewSubscription"), links.subscription(s.entitlementNumber()));
        contactPartner(c, t, b);
        return t.format("REACTIVATED.subject", "product", s.productName());
    }

    /** R16: the subscription as it is (changed) or will be (scheduled) from {@code effectiveOn}. */
    private String planChange(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary s = c.subscriptions().get(0);
        String type = c.type().name();
        b.paragraph(t.format(type + ".intro", "product", s.productName(), "entitlementNumber", s.entitlementNumber(),
                "date", t.date(c.effectiveOn())));
        details(s, c.partnerName(), t, b);
        b.action(t.get("common.viewSubscription"), links.subscription(s.entitlementNumber()));
        contactPartner(c, t, b);
        return t.format(type + ".subject", "product", s.productName(), "date", t.date(c.effectiveOn()));
    }

    private String contactAdded(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary first = c.subscriptions().get(0);
        b.paragraph(t.get("CONTACT_ADDED.intro"));
        c.subscriptions().forEach(s -> details(s, c.partnerName(), t, b));
        return t.format("CONTACT_ADDED.subject", "product", first.productName());
    }

    /** R17: the date, the subscription's plan and tier, and the partner to contact for changes. */
    private String reminder(NotificationContent c, Texts t, EmailBody b) {
        SubscriptionSummary s = c.subscriptions().get(0);
        String type = c.type().name();
        String date = t.date(c.effectiveOn());
        b.paragraph(t.format(type + ".intro", "product", s.productName(), "entitlementNumber",
                s.entitlementNumber(), "date", date));
        details(s, c.partnerName(), t, b);
        b.paragraph(t.format(type + ".changes", "partner", partner(c, t)));
        b.action(t.get("common.viewSubscription"), links.subscription(s.entitlementNumber()));
        return t.format(type + ".subject", "product", s.productName(), "date", date);
    }

    /** What went (or goes, or came back) with a cancellation (R5, R6), in three lists. */
    private void cascade(NotificationContent c, List<SubscriptionSummary> with, Texts t, EmailBody b) {
        String type = c.type().name();
        b.list(t.get(type + ".cancelledWith"), items(with, t));
        b.list(t.get(type + ".appsLosingHost"), items(c.appsLosingHost(), t));
        b.list(t.get(type + ".keptProducts"), items(c.keptProducts(), t));
    }

    /** One subscription with everything a contact needs to recognise it, and its billing partner if known. */
    private void details(SubscriptionSummary s, String partner, Texts t, EmailBody b) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact(t.get("label.entitlementNumber"), SafeText.singleLine(s.entitlementNumber())),
                new Fact(t.get("label.plan"), t.get("plan." + s.plan().name())),
                new Fact(t.get("label.billingCycle"), t.get("cycle." + s.billingCycle().name())),
                new Fact(t.get("label.userTier"), t.format("value.users", "count", t.number(s.userTier()))),
                new Fact(t.get("label.startDate"), t.date(s.startDate())),
                new Fact(t.get("label.location"), s.location() == null ? t.get("value.notSetUp")
                        : SafeText.singleLine(s.location()))));
        if (partner != null) {
            facts.add(new Fact(t.get("label.partner"), SafeText.singleLine(partner)));
        }
        b.facts(SafeText.singleLine(s.productName()), facts, t.get("common.viewSubscription"),
                links.subscription(s.entitlementNumber()));
    }

    private List<Item> items(List<SubscriptionSummary> list, Texts t) {
        return list.stream().map(s -> new Item(s.location() == null
                ? t.format("value.subscription", "product", s.productName(), "entitlementNumber", s.entitlementNumber())
                : t.format("value.subscriptionAt", "product", s.productName(), "entitlementNumber",
                        s.entitlementNumber(), "location", s.location()),
                links.subscription(s.entitlementNumber()))).toList();
    }

    private static void contactPartner(NotificationContent c, Texts t, EmailBody b) {
        if (c.partnerName() != null) {
            b.paragraph(t.format("common.contactPartner", "partner", c.partnerName()));
        }
    }

    private static String partner(NotificationContent c, Texts t) {
        return c.partnerName() != null ? c.partnerName() : t.get("common.yourPartner");
    }
}
