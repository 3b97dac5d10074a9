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
 *
 * @param effectiveOn   the day it takes effect
 * @param reason        why, or null
 * @param requestedBy   the kind of actor who asked
 * @param requestedById the id of who asked, as history records it
 * @param requestedAt   when they asked
 * @param cause         asked for, or caused by hosts or the collection
 * @param causedBy      the host or collection it comes from; null when asked for
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

    /**
     * Checks that every part but the reason is present and that a cascaded one, and only one, names
     * its cause.
     *
     * @param effectiveOn   the day it takes effect
     * @param reason        why, or null
     * @param requestedBy   the kind of actor who asked
     * @param requestedById the id of who asked, as history records it
     * @param requestedAt   when they asked
     * @param cause         asked for, or caused by hosts or the collection
     * @param causedBy      the host or collection it comes from; null when asked for
     */
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

    /**
     * A cancellation somebody asked for (R4).
     *
     * @param effectiveOn the day it takes effect
     * @param reason      why, or null
     * @param actor       who asks
     * @param at          when they ask
     * @return the cancellation
     */
    public static Cancellation requested(LocalDate effectiveOn, CancellationReason reason, Actor actor, Instant at) {
        return new Cancellation(effectiveOn, reason, actor.kind(), actor.id(), at, Cause.REQUESTED, null);
    }

    /**
     * The cancellation this one causes on a linked subscription, on {@code effectiveOn}.
     *
     * @param cause       hosts or the collection cancelled
     * @param from        the host or collection it comes from
     * @param effectiveOn the day it takes effect
     * @return the cascaded cancellation, with this one's reason and requester
     */
    public Cancellation cascade(Cause cause, EntitlementNumber from, LocalDate effectiveOn) {
        return new Cancellation(effectiveOn, reason, requestedBy, requestedById, requestedAt, cause, from);
    }

    /**
     * The cancellation that applies of a subscription's requested and cascaded ones: the earlier.
     *
     * @param requested the one asked for, or null
     * @param cascaded  the one caused by hosts or the collection, or null
     * @return the earlier; empty when both are null
     */
    public static Optional<Cancellation> applying(Cancellation requested, Cancellation cascaded) {
        return Stream.of(requested, cascaded).filter(Objects::nonNull)
                .min(Comparator.comparing(Cancellation::effectiveOn));
    }

    /**
     * Whether it has taken effect (R2).
     *
     * @param today the clock's date
     * @return true on and after its effective date
     */
    public boolean isEffective(LocalDate today) {
        return !effectiveOn.isAfter(today);
    }
}
