package io.partnerportal.core.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cancellation does (R4-R6), and what its preview says it would do: the subscription, the
 * date, the subscriptions cancelled with it (cascaded apps, included products), the apps that stay
 * having lost a host, and the included products kept standalone.
 *
 * @param subscription   the subscription cancelled
 * @param effectiveOn    when its cancellation takes effect
 * @param cancelled      the subscriptions cancelled with it
 * @param appsLosingHost the entitlement numbers of live apps that lose it as a host
 * @param kept           the included products that continue standalone
 */
public record CancellationResult(SubscriptionView subscription, LocalDate effectiveOn,
                                 List<SubscriptionView> cancelled, List<String> appsLosingHost,
                                 List<SubscriptionView> kept) {
    /**
     * Copies the lists.
     *
     * @param subscription   the subscription cancelled
     * @param effectiveOn    when its cancellation takes effect
     * @param cancelled      the subscriptions cancelled with it
     * @param appsLosingHost the entitlement numbers of live apps that lose it as a host
     * @param kept           the included products that continue standalone
     */
    public CancellationResult {
        cancelled = List.copyOf(cancelled);
        appsLosingHost = List.copyOf(appsLosingHost);
        kept = List.copyOf(kept);
    }
}
