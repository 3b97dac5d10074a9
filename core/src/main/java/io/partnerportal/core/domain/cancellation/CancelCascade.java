package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * R5: an app is cancelled when its last live host is; its effective date is the latest of its
 * hosts' effective dates. While one host is live, the app stays (it only loses the others).
 */
public final class CancelCascade {
    private CancelCascade() {
    }

    /**
     * The cancellation an app gets from its hosts, or none while one of them is live.
     *
     * @param app   the app
     * @param hosts its hosts, each with its cancellation
     * @return the latest host's cancellation as the app's cascade; empty while a host is live
     */
    public static Optional<Cancellation> forApp(Subscription app, Collection<Subscription> hosts) {
        if (app.kind() != SubscriptionKind.APP) {
            throw new IllegalArgumentException(app.number() + " is not an app");
        }
        if (hosts.isEmpty() || hosts.stream().anyMatch(Subscription::isLive)) {
            return Optional.empty();
        }
        Subscription latest = hosts.stream()
                .max(Comparator.comparing((Subscription h) -> h.cancellation().orElseThrow().effectiveOn())
                        .thenComparing(Subscription::number))
                .orElseThrow();
        Cancellation c = latest.cancellation().orElseThrow();
        return Optional.of(c.cascade(Cancellation.Cause.HOSTS_CANCELLED, latest.number(), c.effectiveOn()));
    }
}
