package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a cancellation does (R4-R6), as its emails describe it: the subscription, the date, what is
 * cancelled with it, the apps that stay having lost a host, and the included products kept
 * standalone. For a withdrawal (R7): what the cancellation had been doing.
 *
 * @param subscription   the subscription cancelled
 * @param effectiveOn    when the cancellation takes effect
 * @param cancelled      apps and included products cancelled with it
 * @param appsLosingHost apps that stay, having lost it as a host
 * @param kept           included products that continue standalone
 */
public record CancellationOutcome(SubscriptionState subscription, LocalDate effectiveOn,
                                  List<SubscriptionState> cancelled, List<SubscriptionState> appsLosingHost,
                                  List<SubscriptionState> kept) {
    /**
     * Copies the lists.
     *
     * @param subscription   the subscription cancelled
     * @param effectiveOn    when the cancellation takes effect
     * @param cancelled      apps and included products cancelled with it
     * @param appsLosingHost apps that stay, having lost it as a host
     * @param kept           included products that continue standalone
     */
    public CancellationOutcome {
        cancelled = List.copyOf(cancelled);
        appsLosingHost = List.copyOf(appsLosingHost);
        kept = List.copyOf(kept);
    }

    /** @return every subscription named, each once, the cancelled one first (R13: the emails' recipients) */
    public List<SubscriptionState> named() {
        Map<Object, SubscriptionState> all = new LinkedHashMap<>();
        all.put(subscription.number(), subscription);
        for (List<SubscriptionState> list : List.of(cancelled, appsLosingHost, kept)) {
            list.forEach(s -> all.putIfAbsent(s.number(), s));
        }
        return List.copyOf(all.values());
    }
}
