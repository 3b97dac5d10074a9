package io.partnerportal.core.domain.request;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to the partner who bills a subscription (R23): who asked, when, what, and how the partner
 * answered. It never changes the subscription itself; it is asked with {@link #ask} and answered once
 * with {@link #resolve}, both guarded by {@link RequestRules}. A store rebuilds it with the canonical
 * constructor.
 *
 * @param id           its id
 * @param subscription the subscription it is about
 * @param partner      the partner asked: the one billing the subscription when it was asked
 * @param askedBy      the contact who asked
 * @param askedAt      when
 * @param wish         what is asked for
 * @param message      what the contact wrote, or null (at most {@link RequestRules#MAX_MESSAGE_LENGTH} characters)
 * @param status       OPEN until the partner answers
 * @param resolvedAt   when it was answered, or null while OPEN
 * @param resolverKind who answered (the partner), or null while OPEN
 * @param resolverId   the answering actor's id, or null while OPEN
 * @param note         what the partner wrote when answering, or null
 */
public record PartnerRequest(RequestId id, EntitlementNumber subscription, PartnerId partner, PersonId askedBy,
                             Instant askedAt, RequestWish wish, String message, RequestStatus status,
                             Instant resolvedAt, ActorKind resolverKind, String resolverId, String note) {
    /**
     * Checks the parts and that the answer's parts are set exactly when the request is answered.
     *
     * @param id           its id
     * @param subscription the subscription it is about
     * @param partner      the partner asked
     * @param askedBy      the contact who asked
     * @param askedAt      when
     * @param wish         what is asked for
     * @param message      what the contact wrote, or null
     * @param status       OPEN until the partner answers
     * @param resolvedAt   when it was answered, or null
     * @param resolverKind who answered, or null
     * @param resolverId   the answering actor's id, or null
     * @param note         what the partner wrote, or null
     */
    public PartnerRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(wish, "wish");
        Objects.requireNonNull(status, "status");
        if ((status == RequestStatus.OPEN) != (resolvedAt == null)) {
            throw new IllegalArgumentException("a request has a resolution time exactly when it is answered");
        }
        if ((resolvedAt == null) != (resolverKind == null) || (resolverKind == null) != (resolverId == null)) {
            throw new IllegalArgumentException("an answer names when and by whom");
        }
        message = message == null || message.isBlank() ? null : message;
        note = note == null || note.isBlank() ? null : note;
    }

    /**
     * A new, open request; the caller has asked {@link RequestRules#refusalToAsk} first.
     *
     * @param id           its id
     * @param subscription the subscription
     * @param partner      the partner who bills it
     * @param askedBy      the contact asking
     * @param at           when
     * @param wish         what is asked for
     * @param message      what they wrote, or null
     * @return the request, OPEN
     */
    public static PartnerRequest ask(RequestId id, EntitlementNumber subscription, PartnerId partner,
                                     PersonId askedBy, Instant at, RequestWish wish, String message) {
        return new PartnerRequest(id, subscription, partner, askedBy, at, wish, message, RequestStatus.OPEN, null,
                null, null, null);
    }

    /** @return whether the partner has not answered yet */
    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    /**
     * The partner's answer: DONE or DECLINED, once; an answered request is refused
     * {@code REQUEST_ALREADY_RESOLVED} ({@link RequestRules#refusalToResolve}).
     *
     * @param to           DONE or DECLINED
     * @param note         what the partner writes, or null
     * @param at           when
     * @param resolverKind who answers
     * @param resolverId   their id
     * @return the answered request
     */
    public PartnerRequest resolve(RequestStatus to, String note, Instant at, ActorKind resolverKind,
                                  String resolverId) {
        if (to == RequestStatus.OPEN) {
            throw new IllegalArgumentException("a request is resolved as DONE or DECLINED");
        }
        RequestRules.refusalToResolve(this).ifPresent(r -> {
            throw r.exception();
        });
        return new PartnerRequest(id, subscription, partner, askedBy, askedAt, wish, message, to, at, resolverKind,
                resolverId, note);
    }

    /** @return the same request without the text its contact wrote (a person erased on request, SPEC §6.5) */
    public PartnerRequest withoutMessage() {
        return new PartnerRequest(id, subscription, partner, askedBy, askedAt, wish, null, status, resolvedAt,
                resolverKind, resolverId, note);
    }
}
