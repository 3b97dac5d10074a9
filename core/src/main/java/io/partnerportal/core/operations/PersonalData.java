package io.partnerportal.core.operations;

import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.HistoryRepository;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SessionRepository;
import io.partnerportal.core.port.out.SignInRequests;
import io.partnerportal.core.port.out.SignInTokenRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A person's personal data on request (SPEC §6.5, the GDPR's and APPI's rights of access and
 * erasure), for operators: everything held about them, and its erasure, audited in the history of
 * the subscriptions it changes as vendor support.
 */
public interface PersonalData {

    /**
     * Personal data requests over the ports they call; {@link io.partnerportal.core.Core} wires it.
     *
     * @param tx             units of work and the clock
     * @param people         the people
     * @param subscriptions  the subscriptions
     * @param partners       the partners
     * @param catalogue      the products
     * @param history        the history lines
     * @param pages          history as its readers see it
     * @param outbox         the emails
     * @param sessions       the sessions
     * @param signInTokens   the sign-in links
     * @param signInRequests sign-in links asked for
     * @return the port
     */
    static PersonalData create(Transactions tx, PersonRepository people, SubscriptionRepository subscriptions,
                               PartnerRepository partners, Catalogue catalogue, HistoryRepository history,
                               HistoryPages pages, NotificationOutbox outbox, SessionRepository sessions,
                               SignInTokenRepository signInTokens, SignInRequests signInRequests) {
        return create(tx, people, subscriptions, partners, catalogue, history, pages, outbox, sessions, signInTokens,
                signInRequests, io.partnerportal.core.port.out.RequestStore.none());
    }

    /**
     * As the other {@code create}, covering the requests the person asked their billing partners (R23).
     *
     * @param tx             units of work and the clock
     * @param people         the people
     * @param subscriptions  the subscriptions
     * @param partners       the partners, named in the export
     * @param catalogue      the products, named in the export
     * @param history        the history lines naming the person
     * @param pages          history lines as readers see them
     * @param outbox         the emails to the person
     * @param sessions       their sessions
     * @param signInTokens   their sign-in links
     * @param signInRequests their sign-in links asked for
     * @param requests       the requests they asked (R23)
     * @return the port
     */
    static PersonalData create(Transactions tx, PersonRepository people, SubscriptionRepository subscriptions,
                               PartnerRepository partners, Catalogue catalogue, HistoryRepository history,
                               HistoryPages pages, NotificationOutbox outbox, SessionRepository sessions,
                               SignInTokenRepository signInTokens, SignInRequests signInRequests,
                               io.partnerportal.core.port.out.RequestStore requests) {
        return create(tx, people, subscriptions, partners, catalogue, history, pages, outbox, sessions, signInTokens,
                signInRequests, requests, io.partnerportal.core.port.out.PartnerEventStore.none());
    }

    /**
     * As the other {@code create}, also clearing what the person wrote in their requests from the partners'
     * events (S8).
     *
     * @param tx             units of work and the clock
     * @param people         the people
     * @param subscriptions  the subscriptions
     * @param partners       the partners, named in the export
     * @param catalogue      the products, named in the export
     * @param history        the history lines naming the person
     * @param pages          history lines as readers see them
     * @param outbox         the emails to the person, and the request emails naming them
     * @param sessions       their sessions
     * @param signInTokens   their sign-in links
     * @param signInRequests their sign-in links asked for
     * @param requests       the requests they asked (R23)
     * @param events         the partners' events about those requests
     * @return the port
     */
    static PersonalData create(Transactions tx, PersonRepository people, SubscriptionRepository subscriptions,
                               PartnerRepository partners, Catalogue catalogue, HistoryRepository history,
                               HistoryPages pages, NotificationOutbox outbox, SessionRepository sessions,
                               SignInTokenRepository signInTokens, SignInRequests signInRequests,
                               io.partnerportal.core.port.out.RequestStore requests,
                               io.partnerportal.core.port.out.PartnerEventStore events) {
        return new PersonalDataService(tx, people, subscriptions, partners, catalogue, history, pages, outbox,
                sessions, signInTokens, signInRequests, requests, events);
    }

    /**
     * Everything held about the person with this email.
     *
     * @param email their email, as typed
     * @return the export
     * @throws io.partnerportal.core.domain.error.ValidationException a malformed email ({@code email})
     * @throws io.partnerportal.core.domain.error.NotFoundException nobody with that email
     */
    Export export(String email);

    /**
     * Erases the person with this email: removed from every subscription (as vendor support),
     * their sessions, sign-in links and emails not sent deleted, and their email and name replaced
     * by a pseudonym everywhere they are kept (their profile, history details, sent emails'
     * snapshots); they can no longer sign in. Refused ({@code ERASURE_LEAVES_NO_CONTACT}), changing
     * nothing, when they are the last contact of a subscription that is not cancelled, and
     * ({@code ERASURE_LEAVES_NO_MANAGER}) when they are its last manager (R19). On a cancelled
     * subscription whose last contact or manager they are, they stay, pseudonymised.
     *
     * @param email their email, as typed
     * @return what was done
     * @throws io.partnerportal.core.domain.error.ValidationException a malformed email ({@code email})
     * @throws io.partnerportal.core.domain.error.NotFoundException nobody with that email
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code ERASURE_LEAVES_NO_CONTACT},
     *         {@code ERASURE_LEAVES_NO_MANAGER}
     */
    Erasure erase(String email);

    /**
     * Everything held about a person.
     *
     * @param exportedAt    when it was read
     * @param profile       their profile
     * @param subscriptions the subscriptions they are a contact of
     * @param history       the history lines naming them, oldest first
     * @param emails        the emails sent, queued or given up to them, oldest first
     * @param sessions      their portal sessions
     * @param signInLinks   the sign-in links issued to them (never the link itself)
     * @param switchedOff   the optional emails they switched off (R18), by type, in name order
     * @param requests      the requests they asked their billing partners (R23), newest first
     */
    record Export(Instant exportedAt, Profile profile, List<ContactOf> subscriptions, List<HistoryLine> history,
                  List<Email> emails, List<SessionHeld> sessions, List<SignInLink> signInLinks,
                  List<String> switchedOff, List<RequestAsked> requests) {
        /**
         * An export without requests (before R23).
         *
         * @param exportedAt    when
         * @param profile       the person
         * @param subscriptions the subscriptions they are a contact of
         * @param history       the history lines naming them
         * @param emails        the emails to them
         * @param sessions      their sessions
         * @param signInLinks   their sign-in links
         * @param switchedOff   the optional emails they switched off
         */
        public Export(Instant exportedAt, Profile profile, List<ContactOf> subscriptions, List<HistoryLine> history,
                      List<Email> emails, List<SessionHeld> sessions, List<SignInLink> signInLinks,
                      List<String> switchedOff) {
            this(exportedAt, profile, subscriptions, history, emails, sessions, signInLinks, switchedOff, List.of());
        }
    }

    /**
     * R23: a request the person asked a billing partner, with what they wrote.
     *
     * @param id                the request's id
     * @param entitlementNumber the subscription it is about
     * @param kind              what it asks for
     * @param message           what they wrote, or null
     * @param status            where it stands
     * @param createdAt         when they asked
     * @param resolvedAt        when the partner answered, or null
     * @param note              the partner's answer, or null
     */
    record RequestAsked(String id, String entitlementNumber, String kind, String message, String status,
                        Instant createdAt, Instant resolvedAt, String note) {
    }

    /**
     * A person's profile.
     *
     * @param id                  their id
     * @param email               their email (a pseudonym once erased)
     * @param name                their name
     * @param language            their language tag
     * @param toldOfSiteMigration whether they were told of a site's migration (R13)
     * @param createdAt           when they were first assigned
     * @param erasedAt            when they were erased; null while not
     * @param timeZone            the time zone they chose (R24), or null when they chose none
     */
    record Profile(String id, String email, String name, String language, boolean toldOfSiteMigration,
                   Instant createdAt, Instant erasedAt, String timeZone) {
        /**
         * A profile naming no time zone.
         *
         * @param id                  their id
         * @param email               their email (a pseudonym once erased)
         * @param name                their name
         * @param language            their language tag
         * @param toldOfSiteMigration whether they were told of a site's migration (R13)
         * @param createdAt           when they were first assigned
         * @param erasedAt            when they were erased; null while not
         */
        public Profile(String id, String email, String name, String language, boolean toldOfSiteMigration,
                       Instant createdAt, Instant erasedAt) {
            this(id, email, name, language, toldOfSiteMigration, createdAt, erasedAt, null);
        }
    }

    /**
     * A subscription the person is a contact of.
     *
     * @param entitlementNumber the subscription
     * @param product           its product, by name
     * @param status            UPCOMING, ACTIVE or CANCELLED today
     * @param site              its site, or null
     * @param partner           its billing partner, by name
     * @param role              MANAGER or VIEWER (R19)
     */
    record ContactOf(String entitlementNumber, String product, String status, String site, String partner,
                     String role) {
    }

    /**
     * A history line naming the person, as the subscription's readers see it.
     *
     * @param entitlementNumber the subscription
     * @param at                when it happened
     * @param actorKind         who acted: CONTACT, PARTNER, SUPPORT or SYSTEM
     * @param actor             who acted, for people
     * @param action            what happened
     * @param details           its details, by name
     */
    record HistoryLine(String entitlementNumber, Instant at, String actorKind, String actor, String action,
                       Map<String, String> details) {
    }

    /**
     * An email to the person, as the outbox holds it.
     *
     * @param id            the outbox row
     * @param type          which email
     * @param status        PENDING, SENT or DEAD
     * @param createdAt     when it was queued
     * @param finishedAt    when it was sent or given up, or null
     * @param attempts      the attempts made
     * @param subscriptions the subscriptions it is about
     * @param subject       its subject (SPEC §6.3), or null when not known
     */
    record Email(long id, String type, String status, Instant createdAt, Instant finishedAt, int attempts,
                 List<String> subscriptions, String subject) {
        /**
         * An email whose subject is not known.
         *
         * @param id            the outbox row
         * @param type          which email
         * @param status        PENDING, SENT or DEAD
         * @param createdAt     when it was queued
         * @param finishedAt    when it was sent or given up, or null
         * @param attempts      the attempts made
         * @param subscriptions the subscriptions it is about
         */
        public Email(long id, String type, String status, Instant createdAt, Instant finishedAt, int attempts,
                     List<String> subscriptions) {
            this(id, type, status, createdAt, finishedAt, attempts, subscriptions, null);
        }
    }

    /**
     * A portal session of the person (never its token).
     *
     * @param createdAt  when they signed in
     * @param lastSeenAt when they last used it
     */
    record SessionHeld(Instant createdAt, Instant lastSeenAt) {
    }

    /**
     * A sign-in link issued to the person (never its token).
     *
     * @param createdAt when it was issued
     * @param expiresAt when it expires
     * @param usedAt    when it was used, or null
     */
    record SignInLink(Instant createdAt, Instant expiresAt, Instant usedAt) {
    }

    /**
     * What an erasure did.
     *
     * @param pseudonym      the address the person is known by now
     * @param erasedAt       when they were erased
     * @param removedFrom    the subscriptions they were removed from
     * @param keptOn         the cancelled subscriptions whose last contact they stay, pseudonymised
     * @param sessions       the sessions ended
     * @param signInLinks    the sign-in links and requests for one deleted
     * @param emailsDeleted  the emails not sent that were deleted
     * @param emailsKept     the emails sent that were readdressed to the pseudonym
     * @param historyLines   the history lines whose details were pseudonymised
     * @param requestMessages the requests whose message they wrote was blanked (R23; the requests stay)
     */
    record Erasure(String pseudonym, Instant erasedAt, List<String> removedFrom, List<String> keptOn,
                   int sessions, int signInLinks, int emailsDeleted, int emailsKept, int historyLines,
                   int requestMessages) {
        /**
         * An erasure before R23, which blanked no request's message.
         *
         * @param pseudonym     the address the person is known by now
         * @param erasedAt      when they were erased
         * @param removedFrom   the subscriptions they were removed from
         * @param keptOn        the cancelled subscriptions they stay on, pseudonymised
         * @param sessions      the sessions ended
         * @param signInLinks   the sign-in links deleted
         * @param emailsDeleted the unsent emails deleted
         * @param emailsKept    the sent emails pseudonymised
         * @param historyLines  the history lines pseudonymised
         */
        public Erasure(String pseudonym, Instant erasedAt, List<String> removedFrom, List<String> keptOn,
                       int sessions, int signInLinks, int emailsDeleted, int emailsKept, int historyLines) {
            this(pseudonym, erasedAt, removedFrom, keptOn, sessions, signInLinks, emailsDeleted, emailsKept,
                    historyLines, 0);
        }
    }
}
