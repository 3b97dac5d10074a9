package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entitlement (product, app or collection) and the rules that concern it alone: its derived
 * status and terms (R2, R3), requesting and withdrawing a cancellation (R4, R7), reactivation
 * (R8), its contacts (R11), set up (R10). Rules spanning several subscriptions (the cascade R5,
 * keep-products R6) are policies that call these methods. Every change records a history entry
 * (R14) that the service drains with {@link #pullHistory()}.
 */
public final class Subscription {
    private final EntitlementNumber number;
    private final SubscriptionKind kind;
    private final ProductCode product;
    private final PartnerId partner;
    private BillingAccountId billingAccount;
    private final Plan plan;
    private final BillingCycle billingCycle;
    private final int userTier;
    private Integer activeUsers;
    private final LocalDate startDate;
    private LocalDate termStart;
    private SiteUrl site;
    private OrganizationName organization;
    private final EntitlementNumber collection;
    private LocalDate detachOn;
    private final List<EntitlementNumber> hosts;
    private final List<PersonId> contacts;
    private Cancellation requested;
    private Cancellation cascaded;
    private final Instant createdAt;
    private final long version;
    private final List<HistoryEntry> history = new ArrayList<>();

    private Subscription(SubscriptionState s) {
        this.number = s.number();
        this.kind = s.kind();
        this.product = s.product();
        this.partner = s.partner();
        this.billingAccount = s.billingAccount();
        this.plan = s.plan();
        this.billingCycle = s.billingCycle();
        this.userTier = s.userTier();
        this.activeUsers = s.activeUsers();
        this.startDate = s.startDate();
        this.termStart = s.termStart();
        this.site = s.site();
        this.organization = s.organization();
        this.collection = s.collection();
        this.detachOn = s.detachOn();
        this.hosts = new ArrayList<>(s.hosts());
        this.contacts = new ArrayList<>(s.contacts());
        this.requested = s.requested();
        this.cascaded = s.cascaded();
        this.createdAt = s.createdAt();
        this.version = s.version();
    }

    /** Rebuilds a stored subscription; records nothing. */
    public static Subscription restore(SubscriptionState state) {
        return new Subscription(Objects.requireNonNull(state, "state"));
    }

    /** A subscription created by an order (R12); version 0 until first stored. */
    public static Subscription order(EntitlementNumber number, SubscriptionKind kind, ProductCode product,
                                     PartnerId partner, BillingAccountId billingAccount, Plan plan,
                                     BillingCycle cycle, int userTier, LocalDate startDate, SiteUrl site,
                                     OrganizationName organization, EntitlementNumber collection,
                                     List<EntitlementNumber> hosts, List<PersonId> contacts, Actor actor,
                                     Instant now) {
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("a subscription has at least one contact");
        }
        Subscription s = new Subscription(new SubscriptionState(number, kind, product, partner, billingAccount, plan,
                cycle, userTier, null, startDate, startDate, site, organization, collection, null, hosts, contacts,
                null, null, now, 0));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("product", product.value());
        details.put("plan", plan.name());
        details.put("billingCycle", cycle.name());
        details.put("userTier", Integer.toString(userTier));
        details.put("startDate", startDate.toString());
        if (collection != null) {
            details.put("collection", collection.value());
        }
        s.record(actor, now, HistoryAction.ORDERED, details);
        return s;
    }

    public SubscriptionState state() {
        return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                activeUsers, startDate, termStart, site, organization, collection, detachOn, hosts, contacts,
                requested, cascaded, createdAt, version);
    }

    /** The history entries recorded since the last call, oldest first. */
    public List<HistoryEntry> pullHistory() {
        List<HistoryEntry> out = List.copyOf(history);
        history.clear();
        return out;
    }

    // ---- derived from dates and the clock (R2, R3) ----

    /** The cancellation that applies: the earliest of the requested and the cascaded one. */
    public Optional<Cancellation> cancellation() {
        return Cancellation.applying(requested, cascaded);
    }

    /** R2: CANCELLED once a cancellation is effective, else UPCOMING before the start, else ACTIVE. */
    public SubscriptionStatus status(LocalDate today) {
        return statusOf(cancellation().map(Cancellation::effectiveOn).orElse(null), startDate, today);
    }

    /** R2 from the dates alone: the effective date of the cancellation that applies (or null) and the start. */
    public static SubscriptionStatus statusOf(LocalDate cancellationOn, LocalDate startDate, LocalDate today) {
        if (cancellationOn != null && !cancellationOn.isAfter(today)) {
            return SubscriptionStatus.CANCELLED;
        }
        return today.isBefore(startDate) ? SubscriptionStatus.UPCOMING : SubscriptionStatus.ACTIVE;
    }

    /** Whether this subscription is cancelled by a cascade from {@code other}'s cancellation. */
    public boolean isCascadedFrom(Subscription other) {
        return cascaded != null && other.number().equals(cascaded.causedBy());
    }

    /** Live: not cancelled and no cancellation pending. */
    public boolean isLive() {
        return requested == null && cascaded == null;
    }

    /** R3: the end of the current term; none once cancelled. */
    public Optional<LocalDate> billDate(LocalDate today) {
        if (status(today) == SubscriptionStatus.CANCELLED) {
            return Optional.empty();
        }
        return Optional.of(Terms.billDate(termStart, billingCycle, today));
    }

    /** R3: days to the bill date for an ACTIVE subscription. */
    public OptionalLong daysUntilRenewal(LocalDate today) {
        if (status(today) != SubscriptionStatus.ACTIVE) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Terms.daysUntil(today, Terms.billDate(termStart, billingCycle, today)));
    }

    /** R3: days to the start date for an UPCOMING subscription. */
    public OptionalLong daysUntilStart(LocalDate today) {
        if (status(today) != SubscriptionStatus.UPCOMING) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Terms.daysUntil(today, startDate));
    }

    /** The collection this product is included in today; empty once detached (R6) or if standalone. */
    public Optional<EntitlementNumber> collectionOn(LocalDate today) {
        if (collection == null || (detachOn != null && !today.isBefore(detachOn))) {
            return Optional.empty();
        }
        return Optional.of(collection);
    }

    public boolean isIncludedOn(LocalDate today) {
        return collectionOn(today).isPresent();
    }

    /** Set up: a site or organization is chosen (R10). */
    public boolean isSetUp() {
        return site != null || organization != null;
    }

    public boolean isAssigned(PersonId person) {
        return contacts.contains(person);
    }

    // ---- cancellation (R4, R5, R6, R7) ----

    /**
     * R4: asks to cancel on {@code date}. The same or a later date than the one that applies
     * changes nothing (returns false); an earlier one moves the requested date.
     */
    public boolean requestCancellation(LocalDate date, CancellationReason reason, Actor actor, Instant now,
                                       LocalDate today) {
        Optional<Cancellation> current = cancellation();
        if (current.isPresent() && !date.isBefore(current.get().effectiveOn())) {
            return false;
        }
        CancellationReason why = reason != null ? reason : (requested != null ? requested.reason() : null);
        requested = Cancellation.requested(date, why, actor, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("effectiveOn", date.toString());
        if (why != null) {
            details.put("reason", why.name());
        }
        record(actor, now, date.isAfter(today) ? HistoryAction.CANCELLATION_SCHEDULED : HistoryAction.CANCELLED,
                details);
        return true;
    }

    /**
     * Sets or clears the cancellation caused by hosts or the collection. Once this subscription is
     * cancelled its cascade is settled and no longer changes. Returns whether anything changed.
     */
    public boolean applyCascade(Optional<Cancellation> cascade, Actor actor, Instant now, LocalDate today) {
        if (status(today) == SubscriptionStatus.CANCELLED) {
            return false;
        }
        Cancellation next = cascade.orElse(null);
        if (Objects.equals(sameCascade(cascaded), sameCascade(next))) {
            return false;
        }
        cascaded = next;
        if (next == null) {
            record(actor, now, HistoryAction.CASCADE_CANCELLATION_WITHDRAWN, Map.of());
        } else {
            record(actor, now, HistoryAction.CASCADE_CANCELLATION_SCHEDULED, Map.of(
                    "effectiveOn", next.effectiveOn().toString(),
                    "causedBy", next.causedBy().value()));
        }
        return true;
    }

    private static List<Object> sameCascade(Cancellation c) {
        return c == null ? null : List.of(c.effectiveOn(), c.cause(), c.causedBy());
    }

    /** R7: withdraws the requested cancellation; refuses a settled or a cascaded one. */
    public boolean withdrawCancellation(Actor actor, Instant now, LocalDate today) {
        Optional<Cancellation> current = cancellation();
        if (current.isEmpty()) {
            return false;
        }
        if (current.get().isEffective(today)) {
            throw new RuleRefusedException(ErrorCode.CANCELLATION_EFFECTIVE, number
                    + " is already cancelled; only vendor support can reactivate it");
        }
        if (cascaded != null) {
            throw new RuleRefusedException(ErrorCode.CANCELLED_BY_CASCADE, number
                    + " is cancelled with " + cascaded.causedBy() + "; withdraw that cancellation instead");
        }
        requested = null;
        record(actor, now, HistoryAction.CANCELLATION_WITHDRAWN, Map.of());
        return true;
    }

    /** R6: a kept included product continues standalone from {@code date}. */
    public boolean planDetachment(LocalDate date, Actor actor, Instant now) {
        if (collection == null) {
            throw new IllegalStateException(number + " is not included in a collection");
        }
        if (date.equals(detachOn)) {
            return false;
        }
        detachOn = date;
        record(actor, now, HistoryAction.DETACHMENT_PLANNED, Map.of("detachOn", date.toString(),
                "collection", collection.value()));
        return true;
    }

    /** R7: withdrawing the collection's cancellation withdraws the planned detachment too. */
    public boolean withdrawDetachment(Actor actor, Instant now, LocalDate today) {
        if (detachOn == null || !today.isBefore(detachOn)) {
            return false;
        }
        detachOn = null;
        record(actor, now, HistoryAction.DETACHMENT_WITHDRAWN, Map.of());
        return true;
    }

    public Optional<LocalDate> detachOn() {
        return Optional.ofNullable(detachOn);
    }

    /** R8: ACTIVE again with a new term anchored on {@code today}; the start date is kept. */
    public void reactivate(Actor actor, Instant now, LocalDate today) {
        if (status(today) != SubscriptionStatus.CANCELLED) {
            throw new RuleRefusedException(ErrorCode.NOT_CANCELLED, number + " is not cancelled");
        }
        requested = null;
        cascaded = null;
        termStart = today;
        record(actor, now, HistoryAction.REACTIVATED, Map.of("termStart", today.toString()));
    }

    // ---- contacts (R11) ----

    /** Adds a contact; false if already assigned. */
    public boolean assign(PersonId person, EmailAddress email, Actor actor, Instant now) {
        if (contacts.contains(person)) {
            return false;
        }
        contacts.add(person);
        record(actor, now, HistoryAction.CONTACT_ASSIGNED, Map.of("contact", email.value()));
        return true;
    }

    /** Removes a contact; false if not assigned; the last one is never removed (409). */
    public boolean unassign(PersonId person, EmailAddress email, Actor actor, Instant now) {
        if (!contacts.contains(person)) {
            return false;
        }
        if (contacts.size() == 1) {
            throw new RuleRefusedException(ErrorCode.LAST_CONTACT,
                    number + " keeps at least one contact; add another before removing " + email.value());
        }
        contacts.remove(person);
        record(actor, now, HistoryAction.CONTACT_REMOVED, Map.of("contact", email.value()));
        return true;
    }

    // ---- usage, moves, set up, migration ----

    public boolean reportUsage(int users, Actor actor, Instant now) {
        if (Objects.equals(activeUsers, users)) {
            return false;
        }
        activeUsers = users;
        record(actor, now, HistoryAction.USAGE_REPORTED, Map.of("activeUsers", Integer.toString(users)));
        return true;
    }

    /**
     * R9: only the billing account changes, never plan, cycle, tier or term dates. The history
     * names both accounts ({@code from}, {@code to}) and keeps their ids.
     */
    public void moveTo(BillingAccount from, BillingAccount to, Actor actor, Instant now) {
        if (!from.id().equals(billingAccount)) {
            throw new IllegalArgumentException(number + " is not in " + from.id());
        }
        billingAccount = to.id();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", from.name().value());
        details.put("to", to.name().value());
        details.put("fromBillingAccountId", from.id().toString());
        details.put("toBillingAccountId", to.id().toString());
        record(actor, now, HistoryAction.BILLING_ACCOUNT_CHANGED, details);
    }

    /** R10: set up once, on a site. */
    public void setUpOn(SiteUrl target, Actor actor, Instant now) {
        refuseIfSetUp();
        site = Objects.requireNonNull(target, "target");
        record(actor, now, HistoryAction.SET_UP, Map.of("site", target.value()));
    }

    /** R10: set up once, on an organization. */
    public void setUpOn(OrganizationName target, Actor actor, Instant now) {
        refuseIfSetUp();
        organization = Objects.requireNonNull(target, "target");
        record(actor, now, HistoryAction.SET_UP, Map.of("organization", target.value()));
    }

    private void refuseIfSetUp() {
        if (isSetUp()) {
            throw new RuleRefusedException(ErrorCode.ALREADY_SET_UP,
                    number + " is already set up and cannot be changed in the portal");
        }
    }

    /** Records that this subscription's site moved to the new billing platform (R12, R14). */
    public void siteMigrated(LocalDate on, Actor actor, Instant now) {
        record(actor, now, HistoryAction.SITE_MIGRATED, Map.of("site", site.value(), "migratedOn", on.toString()));
    }

    /** Records on an app that one of its hosts stopped, or started again, being live (R5). */
    public void hostChanged(EntitlementNumber host, boolean lost, Actor actor, Instant now) {
        record(actor, now, lost ? HistoryAction.HOST_LOST : HistoryAction.HOST_RESTORED,
                Map.of("host", host.value()));
    }

    private void record(Actor actor, Instant now, HistoryAction action, Map<String, String> details) {
        history.add(HistoryEntry.of(number, now, actor, action, details));
    }

    // ---- accessors ----

    public EntitlementNumber number() {
        return number;
    }

    public SubscriptionKind kind() {
        return kind;
    }

    public ProductCode product() {
        return product;
    }

    public PartnerId partner() {
        return partner;
    }

    public BillingAccountId billingAccount() {
        return billingAccount;
    }

    public Plan plan() {
        return plan;
    }

    public BillingCycle billingCycle() {
        return billingCycle;
    }

    public int userTier() {
        return userTier;
    }

    public Optional<Integer> activeUsers() {
        return Optional.ofNullable(activeUsers);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public Optional<SiteUrl> site() {
        return Optional.ofNullable(site);
    }

    public Optional<OrganizationName> organization() {
        return Optional.ofNullable(organization);
    }

    /** The collection this product was ordered in, even after detachment. */
    public Optional<EntitlementNumber> orderedInCollection() {
        return Optional.ofNullable(collection);
    }

    public List<EntitlementNumber> hosts() {
        return List.copyOf(hosts);
    }

    public List<PersonId> contacts() {
        return List.copyOf(contacts);
    }

    public Optional<Cancellation> requestedCancellation() {
        return Optional.ofNullable(requested);
    }

    public Optional<Cancellation> cascadedCancellation() {
        return Optional.ofNullable(cascaded);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Subscription[" + number + " " + product + "]";
    }
}
