package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to render one email, captured in the unit of work of the event that
 * triggers it (the outbox row's snapshot). Fields that a type does not use are null or empty.
 *
 * @param subscriptions   the subscriptions the event is about (ordered, moved, cancelled, ...)
 * @param effectiveOn     for cancellations: when it takes (or took) effect; for a reactivation: its date
 * @param cancelledWith   apps and included products cancelled with it (R5, R6)
 * @param appsLosingHost  apps that stay, having lost a host (R5)
 * @param keptProducts    included products that continue standalone (R6)
 * @param signInToken     for SIGN_IN_LINK only, until sent; erased once sent
 * @param linkExpiresAt   for SIGN_IN_LINK: when the link stops working
 * @param withdrawal      for CANCELLATION_SCHEDULED: what the reader can do to undo it
 */
public record NotificationContent(
        NotificationType type,
        EmailAddress recipient,
        String recipientName,
        ContactLocale locale,
        String partnerName,
        List<SubscriptionSummary> subscriptions,
        LocalDate effectiveOn,
        List<SubscriptionSummary> cancelledWith,
        List<SubscriptionSummary> appsLosingHost,
        List<SubscriptionSummary> keptProducts,
        String fromBillingAccount,
        String toBillingAccount,
        String site,
        LocalDate migratedOn,
        String signInToken,
        Instant linkExpiresAt,
        WithdrawalNote withdrawal) {

    public NotificationContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(locale, "locale");
        subscriptions = List.copyOf(subscriptions);
        cancelledWith = List.copyOf(cancelledWith);
        appsLosingHost = List.copyOf(appsLosingHost);
        keptProducts = List.copyOf(keptProducts);
        withdrawal = withdrawal == null ? WithdrawalNote.NONE : withdrawal;
    }

    /** A content with only the common fields set; the builder-style withers fill the rest. */
    public static NotificationContent of(NotificationType type, EmailAddress recipient, String recipientName,
                                         ContactLocale locale) {
        return new NotificationContent(type, recipient, recipientName, locale, null, List.of(), null, List.of(),
                List.of(), List.of(), null, null, null, null, null, null, WithdrawalNote.NONE);
    }

    public NotificationContent withPartner(String name) {
        return new NotificationContent(type, recipient, recipientName, locale, name, subscriptions, effectiveOn,
                cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site, migratedOn,
                signInToken, linkExpiresAt, withdrawal);
    }

    public NotificationContent withSubscriptions(List<SubscriptionSummary> list) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, list, effectiveOn,
                cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site, migratedOn,
                signInToken, linkExpiresAt, withdrawal);
    }

    public NotificationContent withCancellation(LocalDate on, List<SubscriptionSummary> cancelled,
                                                List<SubscriptionSummary> losingHost, List<SubscriptionSummary> kept) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions, on,
                cancelled, losingHost, kept, fromBillingAccount, toBillingAccount, site, migratedOn, signInToken,
                linkExpiresAt, withdrawal);
    }

    public NotificationContent withMove(String from, String to) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, from, to, site, migratedOn, signInToken,
                linkExpiresAt, withdrawal);
    }

    public NotificationContent withSite(String url, LocalDate on) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, url,
                on, signInToken, linkExpiresAt, withdrawal);
    }

    public NotificationContent withSignInLink(String token, Instant expiresAt) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site,
                migratedOn, token, expiresAt, withdrawal);
    }

    /**
     * @param note what the reader can do to undo a cancellation
     * @return the same content with {@code note}
     */
    public NotificationContent withWithdrawal(WithdrawalNote note) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site,
                migratedOn, signInToken, linkExpiresAt, note);
    }

    /** The same content without the sign-in token (erased once the email is sent, SPEC §4). */
    public NotificationContent withoutSecret() {
        return withSignInLink(null, linkExpiresAt);
    }
}
