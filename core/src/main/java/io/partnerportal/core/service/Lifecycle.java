package io.partnerportal.core.service;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.cancellation.Cancellations;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.notification.Recipients;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.in.CancellationResult;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps that contacts, partners and support share once access is settled: loading the
 * subscriptions a change reaches, applying the domain's policies, storing what they touched with
 * its history (R14), and raising the notifications (R13) - all inside the caller's unit of work.
 */
final class Lifecycle {
    private final Storage storage;
    private final Clock clock;
    private final Views views;

    Lifecycle(Storage storage, Clock clock, Views views) {
        this.storage = storage;
        this.clock = clock;
        this.views = views;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Mail mail() {
        return new Mail(storage, now());
    }

    /** A subscription, its included products, the apps on them, and the hosts of every app among these. */
    SubscriptionGraph graphAround(Subscription target) {
        List<Subscription> loaded = new ArrayList<>(List.of(target));
        if (target.kind() == SubscriptionKind.COLLECTION) {
            loaded.addAll(storage.subscriptions().findOrderedIn(List.of(target.number())));
        }
        List<EntitlementNumber> hostNumbers = loaded.stream().map(Subscription::number).toList();
        List<Subscription> apps = storage.subscriptions().findAppsOn(hostNumbers);
        loaded.addAll(apps);
        Set<EntitlementNumber> have = new LinkedHashSet<>();
        loaded.forEach(s -> have.add(s.number()));
        Set<EntitlementNumber> otherHosts = new LinkedHashSet<>();
        loaded.stream().filter(s -> s.kind() == SubscriptionKind.APP)
                .forEach(a -> a.hosts().stream().filter(h -> !have.contains(h)).forEach(otherHosts::add));
        if (!otherHosts.isEmpty()) {
            loaded.addAll(storage.subscriptions().findAll(otherHosts));
        }
        return new SubscriptionGraph(loaded);
    }

    /** Stores every touched subscription and appends the history each recorded. */
    void store(SubscriptionGraph graph) {
        store(graph.touched());
    }

    void store(List<Subscription> changed) {
        List<HistoryEntry> history = new ArrayList<>();
        for (Subscription s : changed) {
            storage.subscriptions().update(s);
            history.addAll(s.pullHistory());
        }
        if (!history.isEmpty()) {
            storage.history().append(history);
        }
    }

    void storeNew(List<Subscription> created) {
        List<HistoryEntry> history = new ArrayList<>();
        for (Subscription s : created) {
            storage.subscriptions().add(s);
            history.addAll(s.pullHistory());
        }
        storage.history().append(history);
    }

    /** The site, locked for this unit of work; created first if nobody has used it yet. */
    void lockOrCreateSite(SiteUrl site) {
        if (storage.sites().lock(site).isEmpty()) {
            storage.sites().add(Site.created(site, now()));
        }
    }

    /**
     * R10: a site never hosts two live subscriptions of one product. Refuses when {@code site} has
     * a live subscription of one of {@code products} other than {@code self} (null: none is exempt);
     * the message says the site "{@code has}" one.
     */
    void refuseIfLiveOnSite(SiteUrl site, Collection<ProductCode> products, EntitlementNumber self, String has) {
        for (ProductCode p : products) {
            boolean taken = storage.subscriptions().findLiveOn(site, p).stream()
                    .anyMatch(other -> !other.number().equals(self));
            if (taken) {
                throw new RuleRefusedException(ErrorCode.PRODUCT_ALREADY_ON_SITE,
                        site + " " + has + " " + views.productName(p) + " subscription");
            }
        }
    }

    String partnerName(PartnerId id) {
        return storage.partners().find(id).map(Partner::name).map(DisplayName::value).orElse("");
    }

    /** R4-R6 for any actor allowed to cancel {@code target}; with {@code preview} nothing is stored or sent. */
    CancellationResult cancel(Subscription target, CancellationTiming timing, CancellationReason reason,
                              Set<ProductCode> keep, Actor actor, boolean preview) {
        LocalDate today = today();
        Instant now = now();
        SubscriptionGraph graph = graphAround(target);
        Subscription t = graph.get(target.number());
        LocalDate date = timing == CancellationTiming.IMMEDIATE || t.status(today) != SubscriptionStatus.ACTIVE
                ? today : t.billDate(today).orElse(today);
        boolean changed = Cancellations.cancel(graph, t, date, reason, keep, actor, now, today);
        Cancellations.Outcome outcome = Cancellations.describe(graph, t, today);
        if (changed && !preview) {
            store(graph);
            notify(outcome.effectiveOn().isAfter(today) ? NotificationType.CANCELLATION_SCHEDULED
                    : NotificationType.CANCELLED, t, outcome);
        }
        return new CancellationResult(views.of(List.of(t), graph.all()).get(0), outcome.effectiveOn(),
                views.of(outcome.cancelled(), graph.all()),
                outcome.appsLosingHost().stream().map(s -> s.number().value()).toList(),
                views.of(outcome.kept(), graph.all()));
    }

    /** R7 for any actor allowed to withdraw; returns the subscription as it is afterwards. */
    Subscription withdraw(Subscription target, Actor actor) {
        LocalDate today = today();
        SubscriptionGraph graph = graphAround(target);
        Subscription t = graph.get(target.number());
        Cancellations.Outcome before = Cancellations.describe(graph, t, today);
        if (Cancellations.withdraw(graph, t, actor, now(), today)) {
            store(graph);
            notify(NotificationType.CANCELLATION_WITHDRAWN, t, before);
        }
        return t;
    }

    /** R13: tells everybody {@code outcome} changes about a cancellation of {@code t}, or its withdrawal. */
    private void notify(NotificationType type, Subscription t, Cancellations.Outcome outcome) {
        Map<ProductCode, Product> catalogue = views.catalogue();
        String partner = partnerName(t.partner());
        Mail mail = mail();
        mail.sendEach(Recipients.of(outcome.changed()), type, c -> c
                .withPartner(partner)
                .withSubscriptions(List.of(views.summary(t, catalogue)))
                .withCancellation(outcome.effectiveOn(), views.summaries(outcome.cancelled(), catalogue),
                        views.summaries(outcome.appsLosingHost(), catalogue),
                        views.summaries(outcome.kept(), catalogue)));
        mail.flush();
    }

    /** The person for {@code email}, created (with their WELCOME) on first assignment (R11, R13). */
    Assignee person(EmailAddress email, DisplayName name, ContactLocale locale, Mail mail) {
        Optional<Person> found = storage.people().findByEmail(email);
        if (found.isPresent()) {
            return new Assignee(found.get(), false);
        }
        Person p = Person.first(email, name, locale, now());
        storage.people().add(p);
        mail.welcome(p);
        return new Assignee(p, true);
    }

    record Assignee(Person person, boolean created) {
    }

    /** R11: assigns a contact; CONTACT_ADDED for somebody already known, WELCOME for somebody new. */
    Subscription assign(Subscription s, EmailAddress email, DisplayName name, ContactLocale locale, Actor actor) {
        Mail mail = mail();
        Assignee a = person(email, name, locale, mail);
        if (s.assign(a.person().id(), email, actor, now())) {
            store(List.of(s));
            if (!a.created()) {
                Map<ProductCode, Product> catalogue = views.catalogue();
                mail.send(a.person(), Mail.to(a.person(), NotificationType.CONTACT_ADDED)
                        .withPartner(partnerName(s.partner()))
                        .withSubscriptions(List.of(views.summary(s, catalogue))));
            }
        }
        mail.flush();
        return s;
    }

    /** R11: removes a contact (never the last); an email not on the subscription changes nothing. */
    Subscription unassign(Subscription s, EmailAddress email, Actor actor) {
        Optional<Person> p = storage.people().findByEmail(email);
        if (p.isPresent() && s.unassign(p.get().id(), email, actor, now())) {
            store(List.of(s));
        }
        return s;
    }
}
