package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may cancel or withdraw what, asked the same way by the use cases (which refuse) and by the
 * portal (which shows or hides its buttons).
 */
public final class CancellationRules {
    private CancellationRules() {
    }

    /**
     * R6: collections and their included products are the billing partner's to cancel.
     *
     * @param s     the subscription
     * @param today the clock's date
     * @return the refusal a customer contact gets, if any
     */
    public static Optional<Refusal> refusalForContact(Subscription s, LocalDate today) {
        return s.kind() == SubscriptionKind.COLLECTION || s.isIncludedOn(today)
                ? Optional.of(Refusal.of(ErrorCode.CONTACT_BILLING_PARTNER, s.number())) : Optional.empty();
    }

    /**
     * R6: an included product is cancelled, and its cancellation withdrawn, with its collection only.
     *
     * @param s     the subscription
     * @param today the clock's date
     * @return the refusal a partner gets, if any
     */
    public static Optional<Refusal> refusalForPartner(Subscription s, LocalDate today) {
        return s.collectionOn(today).map(c -> Refusal.of(ErrorCode.INCLUDED_IN_COLLECTION, s.number(), c));
    }

    /**
     * @param s     the subscription
     * @param today the clock's date
     * @return whether cancelling it would change anything: not cancelled, and not cancelled with another
     */
    public static boolean isCancellable(Subscription s, LocalDate today) {
        return s.status(today) != SubscriptionStatus.CANCELLED && s.cascadedCancellation().isEmpty();
    }

    /**
     * R7: a requested cancellation can be withdrawn until it takes effect; one caused by another
     * subscription's cancellation is withdrawn with that one.
     *
     * @param s     the subscription
     * @param today the clock's date
     * @return whether a cancellation is pending that can be withdrawn
     */
    public static boolean isWithdrawable(Subscription s, LocalDate today) {
        return s.requestedCancellation().isPresent() && s.status(today) != SubscriptionStatus.CANCELLED
                && s.cascadedCancellation().isEmpty();
    }
}
