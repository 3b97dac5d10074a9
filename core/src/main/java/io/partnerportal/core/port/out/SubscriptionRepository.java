package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores subscriptions with their links, contacts and cancellations. Reads return aggregates
 * restored from storage; {@link #update} refuses a stale version with a {@code ConflictException}
 * ({@code CONCURRENT_UPDATE}) - here or when the unit of work commits - and always increments the
 * version, so touching a subscription serializes with concurrent changes to it (SPEC §4).
 */
public interface SubscriptionRepository {
    Optional<Subscription> find(EntitlementNumber number);

    /** Those of {@code numbers} that exist, in no particular order. */
    List<Subscription> findAll(Collection<EntitlementNumber> numbers);

    /** Every app with at least one of {@code hosts} among its hosts, whatever its status. */
    List<Subscription> findAppsOn(Collection<EntitlementNumber> hosts);

    /** Every product ordered in one of {@code collections}, kept and detached ones too. */
    List<Subscription> findOrderedIn(Collection<EntitlementNumber> collections);

    /** Every subscription {@code person} is assigned to. */
    List<Subscription> findAssignedTo(PersonId person);

    /** The live subscriptions (no cancellation, pending or effective) of {@code product} on {@code site}. */
    List<Subscription> findLiveOn(SiteUrl site, ProductCode product);

    /** Every subscription set up on {@code site}, whatever its status. */
    List<Subscription> findOnSite(SiteUrl site);

    boolean exists(EntitlementNumber number);

    void add(Subscription subscription);

    void update(Subscription subscription);

    /**
     * The partner's subscriptions ordered by entitlement number, after {@code after} (exclusive,
     * null for the first page), at most {@code limit}; optionally of one billing account and one
     * status as of {@code today} (R2).
     */
    List<Subscription> partnerPage(PartnerId partner, BillingAccountId billingAccount, SubscriptionStatus status,
                                   LocalDate today, EntitlementNumber after, int limit);
}
