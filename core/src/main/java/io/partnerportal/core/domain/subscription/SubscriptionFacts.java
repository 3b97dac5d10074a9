package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What can be read about a subscription, from its state and the clock: its status (R2), bill date
 * and days (R3), whether it is live, included in a collection, set up, and who its contacts are.
 */
public interface SubscriptionFacts extends ContactFacts {
    /** @return everything about the subscription, as stored */
    SubscriptionState state();

    /** @return the entitlement number (R1) */
    default EntitlementNumber number() {
        return state().number();
    }

    /** @return product, app or collection */
    default SubscriptionKind kind() {
        return state().kind();
    }

    /** @return the catalogue product */
    default ProductCode product() {
        return state().product();
    }

    /** @return the billing partner */
    default PartnerId partner() {
        return state().partner();
    }

    /** @return the billing account it belongs to */
    default BillingAccountId billingAccount() {
        return state().billingAccount();
    }

    /** @return its plan */
    default Plan plan() {
        return state().plan();
    }

    /** @return its billing cycle */
    default BillingCycle billingCycle() {
        return state().billingCycle();
    }

    /** @return the licensed user count */
    default int userTier() {
        return state().userTier();
    }

    /** @return the users actually active, once reported */
    default Optional<Integer> activeUsers() {
        return Optional.ofNullable(state().activeUsers());
    }

    /** @return the day it starts */
    default LocalDate startDate() {
        return state().startDate();
    }

    /** @return the term anchor: the start date, or the reactivation date (R3, R8) */
    default LocalDate termStart() {
        return state().termStart();
    }

    /** @return the optimistic-lock version it was read at */
    default long version() {
        return state().version();
    }

    /** @return the site it is set up on, if any */
    default Optional<SiteUrl> site() {
        return Optional.ofNullable(state().site());
    }

    /** @return the organization it is set up on, if any */
    default Optional<OrganizationName> organization() {
        return Optional.ofNullable(state().organization());
    }

    /** @return the collection this product was ordered in, even after detachment */
    default Optional<EntitlementNumber> orderedInCollection() {
        return Optional.ofNullable(state().collection());
    }

    /** @return for a kept included product, the day it continues standalone (R6) */
    default Optional<LocalDate> detachOn() {
        return Optional.ofNullable(state().detachOn());
    }

    /** @return for an app, every product subscription it was installed on */
    default List<EntitlementNumber> hosts() {
        return state().hosts();
    }

    /** @return the customer contacts, in the order they were assigned */
    default List<PersonId> contacts() {
        return state().contacts();
    }

    /** @return the cancellation somebody asked for, pending or effective */
    default Optional<Cancellation> requestedCancellation() {
        return Optional.ofNullable(state().requested());
    }

    /** @return the cancellation caused by its hosts or its collection (R5, R6) */
    default Optional<Cancellation> cascadedCancellation() {
        return Optional.ofNullable(state().cascaded());
    }

    /** @return the cancellation that applies: the earliest of the requested and the cascaded one */
    default Optional<Cancellation> cancellation() {
        return state().cancellation();
    }

    /**
     * R2: CANCELLED once a cancellation is effective, else UPCOMING before the start, else ACTIVE.
     *
     * @param today the clock's date
     * @return the status today
     */
    default SubscriptionStatus status(LocalDate today) {
        return SubscriptionStatus.of(cancellation().map(Cancellation::effectiveOn).orElse(null),
                state().startDate(), today);
    }

    /** @return whether it is live: not cancelled and no cancellation pending */
    default boolean isLive() {
        return state().requested() == null && state().cascaded() == null;
    }

    /**
     * @param other another subscription
     * @return whether this one is cancelled by a cascade from {@code other}'s cancellation
     */
    default boolean isCascadedFrom(SubscriptionFacts other) {
        return state().cascaded() != null && other.number().equals(state().cascaded().causedBy());
    }

    /**
     * R3: the end of the current term; none once cancelled.
     *
     * @param today the clock's date
     * @return the bill date
     */
    default Optional<LocalDate> billDate(LocalDate today) {
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
    default SubscriptionState stateOn(LocalDate today) {
        return PlanChange.settled(state(), today);
    }

    /**
     * R3: days to the bill date for an ACTIVE subscription.
     *
     * @param today the clock's date
     * @return the days, or none unless ACTIVE
     */
    default OptionalLong daysUntilRenewal(LocalDate today) {
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
    default OptionalLong daysUntilStart(LocalDate today) {
        if (status(today) != SubscriptionStatus.UPCOMING) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Terms.daysUntil(today, state().startDate()));
    }

    /**
     * @param today the clock's date
     * @return the collection this product is included in today; empty once detached (R6) or if standalone
     */
    default Optional<EntitlementNumber> collectionOn(LocalDate today) {
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
    default boolean isIncludedOn(LocalDate today) {
        return collectionOn(today).isPresent();
    }

    /** @return whether a site or organization was chosen (R10) */
    default boolean isSetUp() {
        return state().site() != null || state().organization() != null;
    }
}
