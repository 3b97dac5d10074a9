package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.ContactAssigned;
import io.partnerportal.core.domain.event.ContactRemoved;
import io.partnerportal.core.domain.event.ContactRoleChanged;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.UsageReported;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entitlement (product, app or collection): what can be read about it from its state and the clock
 * - status (R2), bill date and days (R3), liveness, inclusion in a collection, set up, contacts and
 * roles (R11, R19) - and the changes that concern it alone: cancellation
 * (R4, R7), reactivation (R8), contacts and roles (R11, R19), usage, billing account (R9), set up
 * (R10); plan changes (R16) are {@link PlanChanges}'s. Rules spanning several subscriptions are
 * policies that call these methods. A change answers its domain event, or the history line (R14)
 * the policy puts into its event.
 */
public final class Subscription {
    /** SPEC §7.1 S6: the most contacts one subscription keeps (an order names at most 50). */
    public static final int MAX_CONTACTS = 100;
    private final SubscriptionState origin;
    private SubscriptionState state;

    private Subscription(SubscriptionState state, SubscriptionState origin) {
        this.state = Objects.requireNonNull(state, "state");
        this.origin = origin;
    }

    /**
     * @param state a stored subscription
     * @return the aggregate, unchanged so far
     */
    public static Subscription restore(SubscriptionState state) {
        return new Subscription(state, state);
    }

    /**
     * @param state a subscription an order creates (version 0)
     * @return the aggregate, new: it is stored with the event that created it
     */
    public static Subscription created(SubscriptionState state) {
        return new Subscription(state, null);
    }

    /** @return everything about the subscription, as stored */
    public SubscriptionState state() {
        return state;
    }

    /** @return whether it is new or differs from what was restored */
    public boolean isChanged() {
        return origin == null || !origin.equals(state);
    }

    private Optional<SubscriptionChange> changed(HistoryDetail detail) {
        return Optional.of(new SubscriptionChange(number(), detail));
    }

    // ---- what can be read: status (R2), terms (R3), links, set up ----


    /** @return the entitlement number (R1) */
    public EntitlementNumber number() {
        return state().number();
    }

    /** @return product, app or collection */
    public SubscriptionKind kind() {
        return state().kind();
    }

    /** @return the catalogue product */
    public ProductCode product() {
        return state().product();
    }

    /** @return the billing partner */
    public PartnerId partner() {
        return state().partner();
    }

    /** @return the billing account it belongs to */
    public BillingAccountId billingAccount() {
        return state().billingAccount();
    }

    /** @return its plan */
    public Plan plan() {
        return state().plan();
    }

    /** @return its billing cycle */
    public BillingCycle billingCycle() {
        return state().billingCycle();
    }

    /** @return the licensed user count */
    public int userTier() {
        return state().userTier();
    }

    /** @return the users actually active, once reported */
    public Optional<Integer> activeUsers() {
        return Optional.ofNullable(state().activeUsers());
    }

    /** @return the day it starts */
    public LocalDate startDate() {
        return state().startDate();
    }

    /** @return the term anchor: the start date, or the reactivation date (R3, R8) */
    public LocalDate termStart() {
        return state().termStart();
    }

    /** @return the optimistic-lock version it was read at */
    public long version() {
        return state().version();
    }

    /** @return the site it is set up on, if any */
    public Optional<SiteUrl> site() {
        return Optional.ofNullable(state().site());
    }

    /** @return the organization it is set up on, if any */
    public Optional<OrganizationName> organization() {
        return Optional.ofNullable(state().organization());
    }

    /** @return the collection this product was ordered in, even after detachment */
    public Optional<EntitlementNumber> orderedInCollection() {
        return Optional.ofNullable(state().collection());
    }

    /** @return for a kept included product, the day it continues standalone (R6) */
    public Optional<LocalDate> detachOn() {
        return Optional.ofNullable(state().detachOn());
    }

    /** @return for an app, every product subscription it was installed on */
    public List<EntitlementNumber> hosts() {
        return state().hosts();
    }

    /** @return the customer contacts, in the order they were assigned */
    public List<PersonId> contacts() {
        return state().contacts();
    }

    /** @return the cancellation somebody asked for, pending or effective */
    public Optional<Cancellation> requestedCancellation() {
        return Optional.ofNullable(state().requested());
    }

    /** @return the cancellation caused by its hosts or its collection (R5, R6) */
    public Optional<Cancellation> cascadedCancellation() {
        return Optional.ofNullable(state().cascaded());
    }

    /** @return the cancellation that applies: the earliest of the requested and the cascaded one */
    public Optional<Cancellation> cancellation() {
        return state().cancellation();
    }

    /**
     * R2: CANCELLED once a cancellation is effective, else UPCOMING before the start, else ACTIVE.
     *
     * @param today the clock's date
     * @return the status today
     */
    public SubscriptionStatus status(LocalDate today) {
        return SubscriptionStatus.of(cancellation().map(Cancellation::effectiveOn).orElse(null),
                state().startDate(), today);
    }

    /** @return whether it is live: not cancelled and no cancellation pending */
    public boolean isLive() {
        return state().requested() == null && state().cascaded() == null;
    }

    /**
     * @param other another subscription
     * @return whether this one is cancelled by a cascade from {@code other}'s cancellation
     */
    public boolean isCascadedFrom(Subscription other) {
        return state().cascaded() != null && other.number().equals(state().cascaded().causedBy());
    }

    /**
     * R3: the end of the current term; none once cancelled.
     *
     * @param today the clock's date
     * @return the bill date
     */
    public Optional<LocalDate> billDate(LocalDate today) {
        if (status(today) == SubscriptionStatus.CANCELLED) {
            return Optional.empty();
        }
        SubscriptionState now = stateOn(today);
        return Optional.of(Terms.billDate(now.termStart(), now.billingCycle(), today));
    }

    /**
     * R16: the subscription as it is today, a pending change whose day came applied.
     *
     * @param today the clock's date
     * @return the state that holds today
     */
    public SubscriptionState stateOn(LocalDate today) {
        return PlanChange.settled(state(), today);
    }

    /**
     * R3: days to the bill date for an ACTIVE subscription.
     *
     * @param today the clock's date
     * @return the days, or none unless ACTIVE
     */
    public OptionalLong daysUntilRenewal(LocalDate today) {
        if (status(today) != SubscriptionStatus.ACTIVE) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Terms.daysUntil(today, billDate(today).orElseThrow()));
    }

    /**
     * R3: days to the start date for an UPCOMING subscription.
     *
     * @param today the clock's date
     * @return the days, or none unless UPCOMING
     */
    public OptionalLong daysUntilStart(LocalDate today) {
        if (status(today) != SubscriptionStatus.UPCOMING) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Terms.daysUntil(today, state().startDate()));
    }

    /**
     * @param today the clock's date
     * @return the collection this product is included in today; empty once detached (R6) or if standalone
     */
    public Optional<EntitlementNumber> collectionOn(LocalDate today) {
        LocalDate detach = state().detachOn();
        if (state().collection() == null || (detach != null && !today.isBefore(detach))) {
            return Optional.empty();
        }
        return Optional.of(state().collection());
    }

    /**
     * @param today the clock's date
     * @return whether it is included in a collection today
     */
    public boolean isIncludedOn(LocalDate today) {
        return collectionOn(today).isPresent();
    }

    /** @return whether a site or organization was chosen (R10) */
    public boolean isSetUp() {
        return state().site() != null || state().organization() != null;
    }

    // ---- contacts and roles (R11, R19) ----


    /**
     * @param person a person
     * @return whether they are one of its contacts
     */
    public boolean isAssigned(PersonId person) {
        return state().contacts().contains(person);
    }

    /**
     * @param person a person
     * @return whether they are its only contact, whom R11 never removes
     */
    public boolean isOnlyContact(PersonId person) {
        return state().contacts().equals(List.of(person));
    }

    /**
     * @param person a person
     * @return their role here (R19), or none when they are not a contact
     */
    public Optional<ContactRole> roleOf(PersonId person) {
        return !isAssigned(person) ? Optional.empty()
                : Optional.of(state().viewers().contains(person) ? ContactRole.VIEWER : ContactRole.MANAGER);
    }

    /**
     * @param person a person
     * @return whether they are its only manager, whom R19 never removes nor makes a viewer
     */
    public boolean isOnlyManager(PersonId person) {
        return state().contacts().stream().filter(p -> !state().viewers().contains(p)).toList().equals(List.of(person));
    }

    // ---- cancellation (R4, R5, R6, R7, R8) ----

    /**
     * R4: asks to cancel on {@code date}. The same or a later date than the one that applies
     * changes nothing; an earlier one moves the requested date.
     * @param date   when it takes effect
     * @param reason why, or null to keep the reason given before
     * @param act    who asks, and when
     * @return what happened, if anything
     */
    public Optional<SubscriptionChange> requestCancellation(LocalDate date, CancellationReason reason, Act act) {
        Optional<Cancellation> current = cancellation();
        if (current.isPresent() && !date.isBefore(current.get().effectiveOn())) {
            return Optional.empty();
        }
        Cancellation before = state.requested();
        CancellationReason why = reason != null ? reason : (before != null ? before.reason() : null);
        state = state.withCancellations(Cancellation.requested(date, why, act.actor(), act.at()), state.cascaded(),
                state.termStart());
        return changed(new HistoryDetail.CancellationRequested(date.isAfter(act.today())
                ? HistoryAction.CANCELLATION_SCHEDULED : HistoryAction.CANCELLED, date, why));
    }

    /**
     * Sets or clears the cancellation caused by hosts or the collection. Once this subscription is
     * cancelled its cascade is settled and no longer changes.
     * @param cascade the cancellation its hosts or collection imply, or none
     * @param today   the clock's date
     * @return what happened, if anything
     */
    public Optional<SubscriptionChange> applyCascade(Optional<Cancellation> cascade, LocalDate today) {
        Cancellation next = cascade.orElse(null);
        if (status(today) == SubscriptionStatus.CANCELLED || Objects.equals(same(state.cascaded()), same(next))) {
            return Optional.empty();
        }
        state = state.withCancellations(state.requested(), next, state.termStart());
        return changed(next == null ? new HistoryDetail.Withdrawn(HistoryAction.CASCADE_CANCELLATION_WITHDRAWN)
                : new HistoryDetail.CascadeScheduled(next.effectiveOn(), next.causedBy()));
    }

    private static List<Object> same(Cancellation c) {
        return c == null ? null : List.of(c.effectiveOn(), c.cause(), c.causedBy());
    }

    /**
     * R7: withdraws the requested cancellation; refuses an effective or a cascaded one.
     * @param today the clock's date
     * @return what happened; nothing when no cancellation is pending
     */
    public Optional<SubscriptionChange> withdrawCancellation(LocalDate today) {
        if (cancellation().isEmpty()) {
            return Optional.empty();
        }
        if (cancellation().get().isEffective(today)) {
            throw new RuleRefusedException(ErrorCode.CANCELLATION_EFFECTIVE, number());
        }
        if (state.cascaded() != null) {
            throw new RuleRefusedException(ErrorCode.CANCELLED_BY_CASCADE, number(), state.cascaded().causedBy());
        }
        state = state.withCancellations(null, null, state.termStart());
        return changed(new HistoryDetail.Withdrawn(HistoryAction.CANCELLATION_WITHDRAWN));
    }

    /**
     * @param date from when a kept included product continues standalone (R6)
     * @return what happened, if anything
     */
    public Optional<SubscriptionChange> planDetachment(LocalDate date) {
        EntitlementNumber collection = orderedInCollection()
                .orElseThrow(() -> new IllegalStateException(number() + " is not included in a collection"));
        if (date.equals(state.detachOn())) {
            return Optional.empty();
        }
        state = state.withDetachOn(date);
        return changed(new HistoryDetail.DetachmentPlanned(date, collection));
    }

    /**
     * @param today the clock's date
     * @return what happened, if anything (R7: a collection's withdrawal withdraws the planned detachment)
     */
    public Optional<SubscriptionChange> withdrawDetachment(LocalDate today) {
        if (state.detachOn() == null || !today.isBefore(state.detachOn())) {
            return Optional.empty();
        }
        state = state.withDetachOn(null);
        return changed(new HistoryDetail.Withdrawn(HistoryAction.DETACHMENT_WITHDRAWN));
    }

    /**
     * @param today the clock's date
     * @return what happened (R8: ACTIVE again, a new term anchored on {@code today}, the start date kept)
     */
    public SubscriptionChange reactivate(LocalDate today) {
        if (status(today) != SubscriptionStatus.CANCELLED) {
            throw new RuleRefusedException(ErrorCode.NOT_CANCELLED, number());
        }
        state = state.withCancellations(null, null, today);
        return changed(new HistoryDetail.Reactivated(today)).orElseThrow();
    }

    // ---- contacts and roles (R11, R19), usage, moves (R9), set up (R10) ----
    /**
     * R11, R19: adds a contact with a role, or gives a contact another role (never the last manager);
     * never a contact beyond {@link #MAX_CONTACTS} (S6).
     * @param person   the person to add
     * @param role     their role here
     * @param newcomer whether the same change registered them
     * @param act      who adds them, and when
     * @return the event; nothing when they are a contact with that role already
     */
    public Optional<DomainEvent> assign(Person person, ContactRole role, boolean newcomer, Act act) {
        if (roleOf(person.id()).filter(r -> r == role).isPresent()) {
            return Optional.empty();
        }
        if (role == ContactRole.VIEWER && isOnlyManager(person.id())) {
            throw new RuleRefusedException(ErrorCode.LAST_MANAGER, number(), person.email());
        }
        boolean known = isAssigned(person.id());
        if (!known && state.contacts().size() >= MAX_CONTACTS) {
            throw new RuleRefusedException(ErrorCode.CONTACT_LIMIT, number(), MAX_CONTACTS);
        }
        state = state.withContact(person.id(), role);
        return Optional.of(known ? new ContactRoleChanged(DomainEvent.newId(), act, state, person.email(), role)
                : new ContactAssigned(DomainEvent.newId(), act, state, person, newcomer));
    }

    /**
     * R11, R19: removes a contact; never the last one, nor the last manager.
     * @param person the person to remove
     * @param act    who removes them, and when
     * @return the event; nothing when they are not a contact
     */
    public Optional<DomainEvent> unassign(Person person, Act act) {
        if (!isAssigned(person.id())) {
            return Optional.empty();
        }
        if (isOnlyContact(person.id()) || isOnlyManager(person.id())) {
            throw new RuleRefusedException(isOnlyContact(person.id()) ? ErrorCode.LAST_CONTACT : ErrorCode.LAST_MANAGER,
                    number(), person.email());
        }
        state = state.withoutContact(person.id());
        return Optional.of(new ContactRemoved(DomainEvent.newId(), act, state, person.email()));
    }

    /**
     * @param users the active users reported
     * @param act   who reports, and when
     * @return the event; nothing when the number is the same
     */
    public Optional<DomainEvent> reportUsage(int users, Act act) {
        if (Objects.equals(state.activeUsers(), users)) {
            return Optional.empty();
        }
        state = state.withActiveUsers(users);
        return Optional.of(new UsageReported(DomainEvent.newId(), act, state));
    }

    /** @param to the account it moves to (R9: only the account changes, never plan, cycle, tier or term) */
    public void moveTo(BillingAccountId to) {
        state = state.withBillingAccount(to);
    }

    /**
     * R10: set up once, on a site or an organization (exactly one).
     * @param site         the site, or null
     * @param organization the organization, or null
     */
    public void setUpOn(SiteUrl site, OrganizationName organization) {
        if (isSetUp()) {
            throw new RuleRefusedException(ErrorCode.ALREADY_SET_UP, number());
        }
        state = state.withPlace(site, organization);
    }

    void replace(SubscriptionState next) {
        state = next;
    }

    @Override
    public String toString() {
        return "Subscription[" + number() + " " + product() + "]";
    }
}
