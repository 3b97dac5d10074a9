package io.partnerportal.core.port.out;

import java.util.Objects;

/**
 * The driven ports a store provides, bundled for wiring: a persistence adapter (or the in-memory
 * fakes) hands the core one of these. Each port stays narrow; the bundle only saves passing
 * sixteen arguments around.
 *
 * @param unitOfWork      the transactions
 * @param subscriptions   the subscriptions
 * @param contactList     the read side of a contact's list page
 * @param sheets          the read side of a subscription's pages and the partner API's reads
 * @param history         the subscriptions' history
 * @param billingAccounts the billing accounts
 * @param partners        the billing partners
 * @param people          the people
 * @param sites           the sites
 * @param organizations   the admin organizations
 * @param catalogue       the product catalogue
 * @param sessions        the contacts' sessions
 * @param signInTokens    the sign-in links
 * @param signInRequests sign-in links asked for, not yet issued
 * @param apiKeys         the API keys
 * @param idempotency     the idempotency records
 * @param outbox          the notification outbox
 * @param events          the partners' events feed
 * @param webhooks        the partners' webhook endpoints and deliveries
 * @param signingKeys     the keys links are signed with
 * @param reminders       the reminders already due (R17)
 */
public record Storage(
        UnitOfWork unitOfWork,
        SubscriptionRepository subscriptions,
        ContactListQuery contactList,
        SubscriptionSheets sheets,
        HistoryRepository history,
        BillingAccountRepository billingAccounts,
        PartnerRepository partners,
        PersonRepository people,
        SiteRepository sites,
        OrganizationRepository organizations,
        Catalogue catalogue,
        SessionRepository sessions,
        SignInTokenRepository signInTokens,
        SignInRequests signInRequests,
        ApiKeyRepository apiKeys,
        IdempotencyStore idempotency,
        NotificationOutbox outbox,
        PartnerEventStore events,
        WebhookStore webhooks,
        SigningKeys signingKeys,
        ReminderLog reminders) {

    /**
     * Checks that every port is present.
     *
     * @param unitOfWork      the transactions
     * @param subscriptions   the subscriptions
     * @param contactList     the read side of a contact's list page
     * @param sheets          the read side of a subscription's pages and the partner API's reads
     * @param history         the subscriptions' history
     * @param billingAccounts the billing accounts
     * @param partners        the billing partners
     * @param people          the people
     * @param sites           the sites
     * @param organizations   the admin organizations
     * @param catalogue       the product catalogue
     * @param sessions        the contacts' sessions
     * @param signInTokens    the sign-in links
     * @param signInRequests sign-in links asked for, not yet issued
     * @param apiKeys         the API keys
     * @param idempotency     the idempotency records
     * @param outbox          the notification outbox
     * @param events          the partners' events feed
     * @param webhooks        the partners' webhook endpoints and deliveries
     * @param signingKeys     the keys links are signed with
     * @param reminders       the reminders already due (R17)
     */
    public Storage {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(contactList, "contactList");
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(billingAccounts, "billingAccounts");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(signInTokens, "signInTokens");
        Objects.requireNonNull(signInRequests, "signInRequests");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(signingKeys, "signingKeys");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(webhooks, "webhooks");
    }
}
