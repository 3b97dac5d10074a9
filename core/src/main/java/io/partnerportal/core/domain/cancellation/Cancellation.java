package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A cancellation on a subscription (R4): who asked, when, why, and when it takes effect. A
 * cancellation caused by another one (an app's last host, a collection's included product) names
 * its cause, so that withdrawing the cause withdraws it too (R7).
 */
public record Cancellation(LocalDate effectiveOn, CancellationReason reason, ActorKind requestedBy,
                           String requestedById, Instant requestedAt, Cause cause, EntitlementNumber causedBy) {

    /** Why the subscription is being cancelled. */
    public enum Cause {
        /** Somebody asked to cancel this subscription. */
        REQUESTED,
        /** Its last live host is being cancelled (R5). */
        HOSTS_CANCELLED,
        /** Its collection is being cancelled and it is not kept (R6). */
        COLLECTION_CANCELLED
    }

    public Cancellation {
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedById, "requestedById");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(cause, "cause");
        if ((cause == Cause.REQUESTED) != (causedBy == null)) {
            throw new IllegalArgumentException("a cascaded cancellation, and only one, names its cause");
        }
    }

    public static Cancellation requested(LocalDate effectiveOn, CancellationReason reason, Actor actor, Instant at) {
        return new Cancellation(effectiveOn, reason, actor.kind(), actor.id(), at, Cause.REQUESTED, null);
    }

    /** The cancellation this one causes on a linked subscription, on {@code effectiveOn}. */
    public Cancellation cascade(Cause cause, EntitlementNumber from, LocalDate effectiveOn) {
        return new Cancellation(effectiveOn, reason, requestedBy, requestedById, requestedAt, cause, from);
    }

    /** The cancellation that applies of a subscription's requested and cascaded ones: the earlier. */
    public static Optional<Cancellation> applying(Cancellation requested, Cancellation cascaded) {
        return Stream.of(requested, cascaded).filter(Objects::nonNull)
                .min(Comparator.comparing(Cancellation::effectiveOn));
    }

    public boolean isEffective(LocalDate today) {
        return !effectiveOn.isAfter(today);
    }
}
