package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.ReadersDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to render one email, captured in the unit of work of the event that
 * triggers it (the outbox row's snapshot). Fields that a type does not use are null or empty.
 *
 * @param type               which email
 * @param recipient          whom it is sent to
 * @param recipientName      their name, for the greeting
 * @param locale             the language it is written in
 * @param partnerName        the billing partner of the subscriptions, to contact for changes
 * @param subscriptions      the subscriptions the event is about (ordered, moved, cancelled, ...)
 * @param effectiveOn        for cancellations: when it takes (or took) effect; for a reactivation: its date
 * @param cancelledWith      apps and included products cancelled with it (R5, R6)
 * @param appsLosingHost     apps that stay, having lost a host (R5)
 * @param keptProducts       included products that continue standalone (R6)
 * @param fromBillingAccount for BILLING_ACCOUNT_CHANGED: the account's name before
 * @param toBillingAccount   for BILLING_ACCOUNT_CHANGED: the account's name after
 * @param site               for SITE_MIGRATED: the site's address
 * @param migratedOn         for SITE_MIGRATED: the day it moved
 * @param signInToken        for SIGN_IN_LINK only, until sent; erased once sent
 * @param linkExpiresAt      for SIGN_IN_LINK: when the link stops working
 * @param withdrawal         for CANCELLATION_SCHEDULED: what the reader can do to undo it
 * @param request            for PARTNER_REQUEST and REQUEST_RESOLVED (R23): the request, or null
 * @param timeZone           the recipient's time zone, which the email's times are shown in (R24); null:
 *                           their language's default ({@link ReadersDay#of})
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
        WithdrawalNote withdrawal,
        RequestNote request,
        ZoneId timeZone) {

    /**
     * Copies the lists and checks the common fields; a missing withdrawal note is {@code NONE}.
     *
     * @param type               which email
     * @param recipient          whom it is sent to
     * @param recipientName      their name, for the greeting
     * @param locale             the language it is written in
     * @param partnerName        the billing partner of the subscriptions, to contact for changes
     * @param subscriptions      the subscriptions the event is about (ordered, moved, cancelled, ...)
     * @param effectiveOn        for cancellations: when it takes (or took) effect; for a reactivation: its date
     * @param cancelledWith      apps and included products cancelled with it (R5, R6)
     * @param appsLosingHost     apps that stay, having lost a host (R5)
     * @param keptProducts       included products that continue standalone (R6)
     * @param fromBillingAccount for BILLING_ACCOUNT_CHANGED: the account's name before
     * @param toBillingAccount   for BILLING_ACCOUNT_CHANGED: the account's name after
     * @param site               for SITE_MIGRATED: the site's address
     * @param migratedOn         for SITE_MIGRATED: the day it moved
     * @param signInToken        for SIGN_IN_LINK only, until sent; erased once sent
     * @param linkExpiresAt      for SIGN_IN_LINK: when the link stops working
     * @param withdrawal         for CANCELLATION_SCHEDULED: what the reader can do to undo it
     * @param request            for PARTNER_REQUEST and REQUEST_RESOLVED (R23): the request, or null
     * @param timeZone           the recipient's time zone (R24); null: their language's default
     */
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

    /**
     * The content of the emails before R23 and R24: no request, no time zone.
     *
     * @param type               which email
     * @param recipient          whom it is sent to
     * @param recipientName      their name, for the greeting
     * @param locale             the language it is written in
     * @param partnerName        the billing partner of the subscriptions, to contact for changes
     * @param subscriptions      the subscriptions the event is about (ordered, moved, cancelled, ...)
     * @param effectiveOn        for cancellations: when it takes (or took) effect; for a reactivation: its date
     * @param cancelledWith      apps and included products cancelled with it (R5, R6)
     * @param appsLosingHost     apps that stay, having lost a host (R5)
     * @param keptProducts       included products that continue standalone (R6)
     * @param fromBillingAccount for BILLING_ACCOUNT_CHANGED: the account's name before
     * @param toBillingAccount   for BILLING_ACCOUNT_CHANGED: the account's name after
     * @param site               for SITE_MIGRATED: the site's address
     * @param migratedOn         for SITE_MIGRATED: the day it moved
     * @param signInToken        for SIGN_IN_LINK only, until sent; erased once sent
     * @param linkExpiresAt      for SIGN_IN_LINK: when the link stops working
     * @param withdrawal         for CANCELLATION_SCHEDULED: what the reader can do to undo it
     */
    public NotificationContent(NotificationType type, EmailAddress recipient, String recipientName,
                               ContactLocale locale, String partnerName, List<SubscriptionSummary> subscriptions,
                               LocalDate effectiveOn, List<SubscriptionSummary> cancelledWith,
                               List<SubscriptionSummary> appsLosingHost, List<SubscriptionSummary> keptProducts,
                               String fromBillingAccount, String toBillingAccount, String site, LocalDate migratedOn,
                               String signInToken, Instant linkExpiresAt, WithdrawalNote withdrawal) {
        this(type, recipient, recipientName, locale, partnerName, subscriptions, effectiveOn, cancelledWith,
                appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site, migratedOn, signInToken,
                linkExpiresAt, withdrawal, null, null);
    }

    /**
     * R23: the same content about a request to the billing partner.
     *
     * @param note the request, as the email tells it
     * @return the content
     */
    public NotificationContent withRequest(RequestNote note) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site,
                migratedOn, signInToken, linkExpiresAt, withdrawal, note, timeZone);
    }

    /**
     * R24: the day of the recipient, whose zone the email's times are shown in.
     *
     * @return the zone the snapshot names, else the default of its language
     */
    public ReadersDay readersDay() {
        return ReadersDay.of(timeZone, locale);
    }

    /**
     * The same content shown in the recipient's time zone (R24).
     *
     * @param zone their zone; null: their language's default
     * @return the content
     */
    public NotificationContent withTimeZone(ZoneId zone) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site,
                migratedOn, signInToken, linkExpiresAt, withdrawal, request, zone);
    }

    /**
     * A content with only the common fields set; the builder-style withers fill the rest.
     *
     * @param type          which email
     * @param recipient     whom it is sent to
     * @param recipientName their name
     * @param locale        the language it is written in
     * @return the content
     */
    public static NotificationContent of(NotificationType type, EmailAddress recipient, String recipientName,
                                         ContactLocale locale) {
        return new NotificationContent(type, recipient, recipientName, locale, null, List.of(), null, List.of(),
                List.of(), List.of(), null, null, null, null, null, null, WithdrawalNote.NONE, null, null);
    }

    /**
     * The same content naming the billing partner.
     *
     * @param name the partner's name
     * @return the content
     */
    public NotificationContent withPartner(String name) {
        return new NotificationContent(type, recipient, recipientName, locale, name, subscriptions, effectiveOn,
                cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site, migratedOn,
                signInToken, linkExpiresAt, withdrawal, request, timeZone);
    }

    /**
     * The same content about these subscriptions.
     *
     * @param list what the email is about
     * @return the content
     */
    public NotificationContent withSubscriptions(List<SubscriptionSummary> list) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, list, effectiveOn,
                cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site, migratedOn,
                signInToken, linkExpiresAt, withdrawal, request, timeZone);
    }

    /**
     * The same content with what a cancellation (or a reactivation) does.
     *
     * @param on         the effective date, or the reactivation date
     * @param cancelled  apps and included products cancelled with it
     * @param losingHost apps that stay, having lost a host
     * @param kept       included products that continue standalone
     * @return the content
     */
    public NotificationContent withCancellation(LocalDate on, List<SubscriptionSummary> cancelled,
                                                List<SubscriptionSummary> losingHost, List<SubscriptionSummary> kept) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions, on,
                cancelled, losingHost, kept, fromBillingAccount, toBillingAccount, site, migratedOn, signInToken,
                linkExpiresAt, withdrawal, request, timeZone);
    }

    /**
     * @param on R17: the bill date a renewal reminder names, or the day an upcoming subscription starts
     * @return the content (the date travels as {@code effectiveOn})
     */
    public NotificationContent withReminderDate(LocalDate on) {
        return withCancellation(on, cancelledWith, appsLosingHost, keptProducts);
    }

    /**
     * The same content naming the billing accounts of a move (R9).
     *
     * @param from the account's name before
     * @param to   the account's name after
     * @return the content
     */
    public NotificationContent withMove(String from, String to) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, from, to, site, migratedOn, signInToken,
                linkExpiresAt, withdrawal, request, timeZone);
    }

    /**
     * The same content naming the site that moved to the new billing platform.
     *
     * @param url its address
     * @param on  the day it moved
     * @return the content
     */
    public NotificationContent withSite(String url, LocalDate on) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, url,
                on, signInToken, linkExpiresAt, withdrawal, request, timeZone);
    }

    /**
     * The same content carrying a sign-in link.
     *
     * @param token     the link's secret, or null once sent
     * @param expiresAt when the link stops working
     * @return the content
     */
    public NotificationContent withSignInLink(String token, Instant expiresAt) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site,
                migratedOn, token, expiresAt, withdrawal, request, timeZone);
    }

    /**
     * The same snapshot addressed to somebody else (a person erased gets a pseudonym, SPEC §6.5).
     *
     * @param address the new recipient
     * @param name    the name the email greets
     * @return the same content, readdressed
     */
    public NotificationContent withRecipient(EmailAddress address, String name) {
        return new NotificationContent(type, address, name, locale, partnerName, subscriptions, effectiveOn,
                cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site, migratedOn,
                signInToken, linkExpiresAt, withdrawal, request, timeZone);
    }

    /**
     * S8: the same snapshot once a person is erased: the request it tells no longer names them
     * ({@link RequestNote#forgetting}).
     *
     * @param address   the address erased
     * @param pseudonym the address that replaces it
     * @return the same content without the address in its request; this content when its request names it nowhere
     */
    public NotificationContent forgettingInRequest(EmailAddress address, EmailAddress pseudonym) {
        if (request == null) {
            return this;
        }
        RequestNote forgotten = request.forgetting(address.value(), pseudonym.value());
        return forgotten == request ? this : withRequest(forgotten);
    }

    /**
     * @param note what the reader can do to undo a cancellation
     * @return the same content with {@code note}
     */
    public NotificationContent withWithdrawal(WithdrawalNote note) {
        return new NotificationContent(type, recipient, recipientName, locale, partnerName, subscriptions,
                effectiveOn, cancelledWith, appsLosingHost, keptProducts, fromBillingAccount, toBillingAccount, site,
                migratedOn, signInToken, linkExpiresAt, note, request, timeZone);
    }

    /**
     * The same content without the sign-in token (erased once the email is sent, SPEC §4).
     *
     * @return the content, safe to keep
     */
    public NotificationContent withoutSecret() {
        return withSignInLink(null, linkExpiresAt);
    }

    /**
     * S7: what a sent email keeps once its retention is over - which email it was, to whom, in which
     * language and time zone, about which subscriptions (what the email log and a person's export show) - and nothing
     * of what it said: the greeting's name, the partner, dates, accounts, links.
     *
     * @return the content, forgotten
     */
    public NotificationContent forgotten() {
        return new NotificationContent(type, recipient, "", locale, null, subscriptions, null, List.of(), List.of(),
                List.of(), null, null, null, null, null, null, WithdrawalNote.NONE, null, timeZone);
    }
}
