package io.partnerportal.core.domain.request;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of R23, each a named, pure policy: who may ask, about what, how many at once, and when a
 * request can still be answered. The portal's form and the use cases ask the same questions.
 */
public final class RequestRules {
    /** At most this many open requests per subscription. */
    public static final int MAX_OPEN_PER_SUBSCRIPTION = 5;
    /** The longest message a contact writes. */
    public static final int MAX_MESSAGE_LENGTH = 1_000;
    /** The longest note a partner writes when answering. */
    public static final int MAX_NOTE_LENGTH = 1_000;

    private RequestRules() {
    }

    /**
     * Whether a contact may ask the partner about a subscription now, in the order a contact meets them:
     * a viewer cannot ask ({@code VIEWER_ROLE}); a cancelled subscription takes only a request to add a
     * product ({@code SUBSCRIPTION_CANCELLED}); at most {@link #MAX_OPEN_PER_SUBSCRIPTION} are open at
     * once ({@code TOO_MANY_REQUESTS}).
     *
     * @param s            the subscription
     * @param role         the contact's role on it
     * @param kind         what they ask for
     * @param openRequests how many of its requests are open
     * @param today        today
     * @return the refusal, or empty when they may ask
     */
    public static Optional<Refusal> refusalToAsk(Subscription s, ContactRole role, RequestKind kind,
                                                 long openRequests, LocalDate today) {
        if (role != ContactRole.MANAGER) {
            return Optional.of(Refusal.of(ErrorCode.VIEWER_ROLE, s.number()));
        }
        if (kind != RequestKind.ADD_PRODUCT && isCancelled(s, today)) {
            return Optional.of(Refusal.of(ErrorCode.SUBSCRIPTION_CANCELLED, s.number()));
        }
        if (openRequests >= MAX_OPEN_PER_SUBSCRIPTION) {
            return Optional.of(Refusal.of(ErrorCode.TOO_MANY_REQUESTS, s.number(), MAX_OPEN_PER_SUBSCRIPTION));
        }
        return Optional.empty();
    }

    /**
     * The kinds a manager may ask for on a subscription, for the form: a collection's cancellation only
     * on a collection; on a cancelled subscription, only a product to add.
     *
     * @param s     the subscription
     * @param today today
     * @return the kinds, in {@link RequestKind} order
     */
    public static List<RequestKind> kindsFor(Subscription s, LocalDate today) {
        if (isCancelled(s, today)) {
            return List.of(RequestKind.ADD_PRODUCT);
        }
        return List.of(RequestKind.values()).stream()
                .filter(k -> k != RequestKind.CANCEL_COLLECTION || s.kind() == SubscriptionKind.COLLECTION).toList();
    }

    /**
     * Checks a wish against the subscription it is about: a collection's cancellation is asked of a
     * collection, keeping only products it includes (R6); wrong input is a validation error naming the field.
     *
     * @param s        the subscription
     * @param wish     what is asked for
     * @param includes the products the subscription's catalogue entry includes
     */
    public static void checkWish(Subscription s, RequestWish wish, List<ProductCode> includes) {
        if (wish.kind() != RequestKind.CANCEL_COLLECTION) {
            return;
        }
        if (s.kind() != SubscriptionKind.COLLECTION) {
            throw ValidationException.of("kind", FieldErrorCode.NOT_APPLICABLE,
                    s.number() + " is not a collection; ask for CANCEL_COLLECTION on a collection");
        }
        for (ProductCode keep : wish.keepProducts()) {
            if (!includes.contains(keep)) {
                throw ValidationException.of("keepProducts", FieldErrorCode.UNKNOWN,
                        keep.value() + " is not included in " + s.number());
            }
        }
    }

    /**
     * @param r a request
     * @return {@code REQUEST_ALREADY_RESOLVED} when it was answered already, else empty
     */
    public static Optional<Refusal> refusalToResolve(PartnerRequest r) {
        return r.isOpen() ? Optional.empty()
                : Optional.of(Refusal.of(ErrorCode.REQUEST_ALREADY_RESOLVED, r.id(), r.status()));
    }

    private static boolean isCancelled(Subscription s, LocalDate today) {
        return s.status(today) == SubscriptionStatus.CANCELLED;
    }
}
