package io.partnerportal.core.portal;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.Cancelling;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.application.Requests;
import io.partnerportal.core.domain.cancellation.KeepProducts;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestRules;
import io.partnerportal.core.domain.request.RequestWish;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.value.Numbers;
import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.People;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.value.Text;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.ContactListQuery;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SigningKeys;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in customer contact can see and do (SPEC §5.3, §6.3): the list with its search and
 * counts, a subscription's pages, cancelling and withdrawing, setting up, contacts, the profile, email
 * preferences and the email log. Every command names the viewer; a subscription the viewer cannot see
 * (R11) is "not found" (R15): {@link io.partnerportal.core.domain.error.NotFoundException}. Each command
 * is built by name (its factories) or by its {@code parse} from the form as typed, each error naming
 * its form field ({@link ValidationException}). A viewer (R19) is refused every change with
 * {@code VIEWER_ROLE}. Refusals are {@link io.partnerportal.core.domain.error.RuleRefusedException}s
 * whose {@link io.partnerportal.core.domain.error.ErrorCode} each method names.
 */
public interface CustomerPortal {

    /**
     * The portal's use cases over the ports they call; {@link io.partnerportal.core.Core} wires it, and
     * an embedder gets it from there.
     *
     * @param tx            units of work and the clock
     * @param views         what answers show
     * @param list          the read side of the list page
     * @param sheets        the read side of a subscription's pages
     * @param subscriptions the subscriptions
     * @param catalogue     the product catalogue
     * @param sites         sites, locked and checked (R10)
     * @param cancelling    cancelling and withdrawing (R4-R7)
     * @param people        contacts found, registered and assigned (R11)
     * @param persons       the people's profiles and preferences
     * @param history       history pages (R14)
     * @param signingKeys   the key unsubscribe links are signed with (R18)
     * @param outbox        the email log's rows
     * @return the port
     */
    static CustomerPortal create(Transactions tx, Views views, ContactListQuery list, SubscriptionSheets sheets,
                                 SubscriptionRepository subscriptions, Catalogue catalogue, Sites sites,
                                 Cancelling cancelling, People people, PersonRepository persons, HistoryPages history,
                                 SigningKeys signingKeys, NotificationOutbox outbox) {
        return create(tx, views, list, sheets, subscriptions, catalogue, sites, cancelling, people, persons, history,
                signingKeys, outbox, new Requests(io.partnerportal.core.port.out.RequestStore.none(), persons,
                        subscriptions, catalogue));
    }

    /**
     * As the other {@code create}, with the requests to the billing partners (R23).
     *
     * @param tx            units of work and the clock
     * @param views         what answers show
     * @param list          the read side of the list page
     * @param sheets        the read side of a subscription's pages
     * @param subscriptions the subscriptions
     * @param catalogue     the product catalogue
     * @param sites         sites, locked and checked (R10)
     * @param cancelling    cancelling and withdrawing (R4-R7)
     * @param people        contacts found, registered and assigned (R11)
     * @param persons       the people's profiles and preferences
     * @param history       history pages (R14)
     * @param signingKeys   the key unsubscribe links are signed with (R18)
     * @param outbox        the email log's rows
     * @param requests      the requests to the billing partners (R23)
     * @return the port
     */
    static CustomerPortal create(Transactions tx, Views views, ContactListQuery list, SubscriptionSheets sheets,
                                 SubscriptionRepository subscriptions, Catalogue catalogue, Sites sites,
                                 Cancelling cancelling, People people, PersonRepository persons, HistoryPages history,
                                 SigningKeys signingKeys, NotificationOutbox outbox, Requests requests) {
        return create(tx, views, list, sheets, subscriptions, catalogue, sites, cancelling, people, persons,
                history, signingKeys, outbox, requests, new NotificationSender() {
                    @Override
                    public Result send(Outgoing email) {
                        throw new UnsupportedOperationException("the portal only asks subjects");
                    }
                });
    }

    /**
     * As the other {@code create}, with the mail templates that name the emails' subjects (SPEC §6.3).
     *
     * @param tx            units of work and the clock
     * @param views         subscription views
     * @param list          the contact's list, one query a page
     * @param sheets        a subscription's page, one query
     * @param subscriptions the subscriptions
     * @param catalogue     the products
     * @param sites         sites and their rules
     * @param cancelling    cancellations (R4-R7)
     * @param people        contacts assigned and removed (R11)
     * @param persons       the people's profiles and preferences
     * @param history       history pages (R14)
     * @param signingKeys   the key unsubscribe links are signed with (R18)
     * @param outbox        the email log's rows
     * @param mail          the subjects of rows kept without one (SPEC §6.3)
     * @return the port, reading in UTC until {@link #forReader} is asked
     */
    static CustomerPortal create(Transactions tx, Views views, ContactListQuery list, SubscriptionSheets sheets,
                                 SubscriptionRepository subscriptions, Catalogue catalogue, Sites sites,
                                 Cancelling cancelling, People people, PersonRepository persons, HistoryPages history,
                                 SigningKeys signingKeys, NotificationOutbox outbox, NotificationSender mail) {
        return create(tx, views, list, sheets, subscriptions, catalogue, sites, cancelling, people, persons,
                history, signingKeys, outbox, new Requests(io.partnerportal.core.port.out.RequestStore.none(), persons,
                        subscriptions, catalogue), mail);
    }

    /**
     * The portal with the requests to the billing partners (R23) and the emails' subjects (SPEC §6.3).
     *
     * @param tx            units of work and the clock
     * @param views         subscription views
     * @param list          the contact's list, one query a page
     * @param sheets        a subscription's page, one query
     * @param subscriptions the subscriptions
     * @param catalogue     the products
     * @param sites         sites and their rules
     * @param cancelling    cancellations (R4-R7)
     * @param people        contacts assigned and removed (R11)
     * @param persons       the people's profiles and preferences
     * @param history       history pages (R14)
     * @param signingKeys   the key unsubscribe links are signed with (R18)
     * @param outbox        the email log's rows
     * @param requests      the requests to the billing partners (R23)
     * @param mail          the subjects of rows kept without one (SPEC §6.3)
     * @return the port, reading in UTC until {@link #forReader} is asked
     */
    static CustomerPortal create(Transactions tx, Views views, ContactListQuery list, SubscriptionSheets sheets,
                                 SubscriptionRepository subscriptions, Catalogue catalogue, Sites sites,
                                 Cancelling cancelling, People people, PersonRepository persons, HistoryPages history,
                                 SigningKeys signingKeys, NotificationOutbox outbox, Requests requests,
                                 NotificationSender mail) {
        return new PortalService(tx, views, list, sheets, subscriptions, catalogue, sites, cancelling, people, persons,
                history, signingKeys, outbox, requests, mail, ReadersDay.UTC);
    }

    // ---- the reader's day (R24) ----

    /**
     * R24: the same portal as this reader reads it - "today", the days until a renewal or a start, the
     * tabs' split (R2) are counted in their day. Commands still decide by the rules' day (UTC), as the
     * API and events do. Unchanged, the portal reads in UTC.
     *
     * @param day the reader's day (from {@link io.partnerportal.core.domain.party.Person#readersDay()},
     *            as their session tells it)
     * @return the portal as they read it
     */
    default CustomerPortal forReader(ReadersDay day) {
        return this;
    }

    // ---- the list (SPEC §5.3, §6.3) ----

    /**
     * @param command which tab, which page, what the rows must match
     * @return 50 rows, ordered by product, then entitlement number
     * @throws ValidationException a cursor this list did not return ({@code cursor})
     */
    Page<Row> list(ListSubscriptions command);

    /**
     * @param command the viewer and the filter (the tab and the cursor do not change it)
     * @return how many rows each tab holds under the filter, and what the filters can choose
     */
    ListSummary summary(ListSubscriptions command);

    // ---- a subscription's pages ----

    /**
     * @param command which subscription
     * @return its details page: the subscription, its links as the viewer may open them, the buttons, its
     *         requests to the billing partner and what the viewer may ask it (R23)
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     */
    Details details(ViewSubscription command);

    /**
     * @param command which product
     * @return the apps installed on it that the viewer sees, each with its details
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     */
    List<Details> apps(ViewSubscription command);

    /**
     * @param command which subscription
     * @return its key contacts, and which of them the viewer may remove
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     */
    Contacts contacts(ViewSubscription command);

    /**
     * @param command which subscription, which page
     * @return its history (R14), newest first
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     * @throws ValidationException a cursor this list did not return ({@code cursor})
     */
    Page<HistoryItem> history(ViewHistory command);

    // ---- cancelling (R4-R7) ----

    /**
     * The cancel page in one call: the subscription's details and, when the viewer may cancel it, what
     * the cancellation would do on the chosen date (R5), changing nothing.
     *
     * @param command the subscription, the date and the reason asked about
     * @return the details, and the preview when the buttons allow a cancellation
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     */
    CancellationPage cancellationPage(Cancel command);

    /**
     * @param command the cancellation
     * @return the same answer as {@link #cancel}, changing nothing (R5)
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code VIEWER_ROLE} (R19),
     *         {@code CONTACT_BILLING_PARTNER} for a collection or an included product (R6),
     *         {@code CANCELLATION_EFFECTIVE} once it is cancelled (R7)
     */
    CancellationResult previewCancellation(Cancel command);

    /**
     * Cancels a product or an app (R4), with the apps that lose their last live host (R5). Asking again
     * with the same or a later date changes nothing and sends nothing.
     *
     * @param command the cancellation
     * @return what it does
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code VIEWER_ROLE} (R19),
     *         {@code CONTACT_BILLING_PARTNER} for a collection or an included product (R6),
     *         {@code CANCELLATION_EFFECTIVE} once it is cancelled (R7)
     */
    CancellationResult cancel(Cancel command);

    /**
     * Withdraws a pending cancellation with all it caused (R7); none pending changes nothing.
     *
     * @param command the subscription
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code VIEWER_ROLE} (R19),
     *         {@code CONTACT_BILLING_PARTNER} for a collection or an included product (R6),
     *         {@code CANCELLATION_EFFECTIVE} once it took effect, {@code CANCELLED_BY_CASCADE} for an app
     *         cancelled with its hosts (R7)
     */
    SubscriptionView withdrawCancellation(ViewSubscription command);

    // ---- set up (R10) ----

    /**
     * @param command which subscription
     * @return where it can be set up: the places the viewer already sees (R10)
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     */
    SetUpOptions setUpOptions(ViewSubscription command);

    /**
     * Sets a product or a collection up, once, on a site or an organization the viewer sees, or on a
     * new site; a collection's included products go with it (R10).
     *
     * @param command where to set it up
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     * @throws ValidationException no place or two chosen, a place the viewer does not see, a new site's
     *         name taken ({@code existingSite}, {@code newSiteName}, {@code organization})
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code VIEWER_ROLE} (R19),
     *         {@code ALREADY_SET_UP}, {@code SET_UP_NOT_APPLICABLE} (an app, an included product),
     *         {@code SUBSCRIPTION_CANCELLED}, {@code PRODUCT_ALREADY_ON_SITE} (R10)
     */
    SubscriptionView setUp(SetUp command);

    // ---- contacts (R11, R19) ----

    /**
     * Adds a contact to a subscription the viewer manages; somebody new is welcomed, somebody known is
     * told; adding a contact with their role changes nothing.
     *
     * @param command the contact to add
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code VIEWER_ROLE} (R19),
     *         {@code LAST_MANAGER} when it would make the last manager a viewer
     */
    SubscriptionView addContact(AddContact command);

    /**
     * Removes a contact (never the last one, nor the last manager, R11, R19).
     *
     * @param command the contact to remove
     * @return the subscription as it is afterwards, or nothing when the viewer removed themselves and no
     *         longer sees it
     * @throws io.partnerportal.core.domain.error.NotFoundException when the viewer does not see it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code VIEWER_ROLE} (R19),
     *         {@code LAST_CONTACT} (R11), {@code LAST_MANAGER} (R19)
     */
    Optional<SubscriptionView> removeContact(RemoveContact command);

    // ---- the person: profile, preferences (R18), email log ----

    /**
     * @param viewer the signed-in person
     * @return their profile
     */
    Profile profile(PersonId viewer);

    /**
     * @param command the new name and language
     * @return the profile
     */
    Profile updateProfile(UpdateProfile command);

    /** @return every optional email type, in the order the profile page lists them */
    static List<NotificationType> optionalTypes() {
        return Arrays.stream(NotificationType.values()).filter(NotificationType::isOptional).toList();
    }

    /**
     * R18: the optional emails the person switched off. The outbox reads them when it sends, so
     * switching a type off stops the emails already queued too.
     *
     * @param viewer the signed-in person
     * @return the optional emails they switched off
     */
    Set<NotificationType> preferences(PersonId viewer);

    /**
     * @param command which optional emails to switch off
     * @return the optional emails switched off now
     */
    Set<NotificationType> updatePreferences(UpdatePreferences command);

    /**
     * R18, without signing in: what an unsubscribe link would switch off. The signed token is the
     * caller's only authority.
     *
     * @param token as it came in the link
     * @return whose email and which type
     * @throws io.partnerportal.core.domain.error.NotFoundException a token that does not verify
     */
    UnsubscribeTarget unsubscribeTarget(String token);

    /**
     * R18, without signing in: switches off what the link names (RFC 8058 one-click, or the
     * confirmation page's button). Doing it twice changes nothing more.
     *
     * @param token as it came in the link
     * @return whose email and which type, now switched off
     * @throws io.partnerportal.core.domain.error.NotFoundException a token that does not verify
     */
    UnsubscribeTarget unsubscribe(String token);

    /**
     * SPEC §6.3 {@code /emails}: the emails sent (or to be sent) to the signed-in person.
     *
     * @param command whose log, which page
     * @return the emails, newest first, keyset-paged
     * @throws ValidationException a cursor this list did not return ({@code cursor})
     */
    Page<SentEmail> emails(ListEmails command);

    // ---- requests to the billing partner (R23) ----

    /**
     * The subscription's requests to its billing partner, newest first, and what the viewer may ask.
     *
     * @param command who looks, at which subscription
     * @return the requests and the form's choices
     */
    RequestsPage requests(ViewSubscription command);

    /**
     * A manager asks the subscription's billing partner for something (R23); nothing about the
     * subscription changes. Refused {@code VIEWER_ROLE} for a viewer, {@code SUBSCRIPTION_CANCELLED} on a
     * cancelled subscription (except ADD_PRODUCT), {@code TOO_MANY_REQUESTS} with 5 open.
     *
     * @param command who asks what
     * @return the request, OPEN
     * @throws ValidationException a collection's cancellation asked of another kind ({@code kind}), a
     *                             product to keep it does not include ({@code keepProducts}), an unknown
     *                             product ({@code product}), a bad site ({@code site})
     */
    RequestView askPartner(AskPartner command);

    /**
     * @param command who looks, which page
     * @return the requests the viewer asked, newest first, 20 a page
     */
    Page<RequestView> myRequests(ListMyRequests command);

    // ---- commands ----

    /**
     * @param viewer the signed-in person
     * @param tab    which tab
     * @param filter what the rows must match (SPEC §6.3)
     * @param cursor where the previous page ended, or null
     */
    record ListSubscriptions(PersonId viewer, ListTab tab, ListFilter filter, Cursor cursor) {
        /**
         * Checks the viewer, the tab and the filter.
         * @param viewer the signed-in person
         * @param tab    which tab
         * @param filter what the rows must match (SPEC §6.3)
         * @param cursor where the previous page ended, or null
         */
        public ListSubscriptions {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(tab, "tab");
            Objects.requireNonNull(filter, "filter");
        }

        /**
         * The first page of a tab, unfiltered; narrow it with {@link #filteredBy}, page on with {@link #after}.
         *
         * @param viewer the signed-in person
         * @param tab    the tab
         * @return the command
         */
        public static ListSubscriptions of(PersonId viewer, ListTab tab) {
            return new ListSubscriptions(viewer, tab, ListFilter.NONE, null);
        }

        /**
         * @param by what the rows must match
         * @return the same page of the tab, narrowed
         */
        public ListSubscriptions filteredBy(ListFilter by) {
            return new ListSubscriptions(viewer, tab, by, cursor);
        }

        /**
         * @param next the cursor a page answered ({@link Page#next()})
         * @return the page after it
         */
        public ListSubscriptions after(String next) {
            return new ListSubscriptions(viewer, tab, filter, Fields.single("cursor", () -> Cursor.parse(next)));
        }

        /**
         * The whole tab, unfiltered.
         *
         * @param viewer the person
         * @param tab the tab
         * @param cursor as typed, or null
         * @return the command
         */
        public static ListSubscriptions parse(PersonId viewer, ListTab tab, String cursor) {
            return parse(viewer, tab, null, null, null, cursor);
        }

        /**
         * The tab narrowed by a search and filters, each wrong part named as the page's field.
         *
         * @param viewer the person
         * @param tab the tab
         * @param q the search text as typed, or null
         * @param partner the partner's id as typed, or null
         * @param product the product's code as typed, or null
         * @param cursor as typed, or null
         * @return the command
         */
        public static ListSubscriptions parse(PersonId viewer, ListTab tab, String q, String partner, String product,
                                              String cursor) {
            ListFilter filter = ListFilter.parse(q, partner, product);
            return new ListSubscriptions(viewer, tab, filter, cursor == null ? null : Fields.single("cursor",
                    () -> Cursor.parse(cursor)));
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription
     */
    record ViewSubscription(PersonId viewer, EntitlementNumber subscription) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription
         */
        public ViewSubscription {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param entitlementNumber as typed
         * @return the command
         */
        public static ViewSubscription parse(PersonId viewer, String entitlementNumber) {
            return new ViewSubscription(viewer, Fields.single(Inputs.ENTITLEMENT_NUMBER,
                    () -> EntitlementNumber.parse(entitlementNumber)));
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription
     * @param cursor       where the previous page ended, or null
     */
    record ViewHistory(PersonId viewer, EntitlementNumber subscription, Cursor cursor) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription
         * @param cursor       where the previous page ended, or null
         */
        public ViewHistory {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param entitlementNumber as typed
         * @param cursor as typed
         * @return the command
         */
        public static ViewHistory parse(PersonId viewer, String entitlementNumber, String cursor) {
            Fields f = new Fields();
            ViewHistory c = new ViewHistory(viewer, Inputs.entitlementNumber(f, entitlementNumber),
                    Inputs.cursor(f, cursor));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription to cancel
     * @param when         END_OF_TERM or IMMEDIATE
     * @param reason       why, or null
     */
    record Cancel(PersonId viewer, EntitlementNumber subscription, CancellationTiming when, CancellationReason reason) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription to cancel
         * @param when         END_OF_TERM or IMMEDIATE
         * @param reason       why, or null
         */
        public Cancel {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(when, "when");
        }

        /**
         * A cancellation on the bill date (R4's default); give a reason with {@link #because}.
         *
         * @param viewer       the signed-in person
         * @param subscription the subscription to cancel
         * @return the command
         */
        public static Cancel atEndOfTerm(PersonId viewer, EntitlementNumber subscription) {
            return new Cancel(viewer, subscription, CancellationTiming.END_OF_TERM, null);
        }

        /**
         * A cancellation that takes effect today (R4).
         *
         * @param viewer       the signed-in person
         * @param subscription the subscription to cancel
         * @return the command
         */
        public static Cancel immediately(PersonId viewer, EntitlementNumber subscription) {
            return new Cancel(viewer, subscription, CancellationTiming.IMMEDIATE, null);
        }

        /**
         * @param why the reason given (R4)
         * @return the same cancellation, with its reason
         */
        public Cancel because(CancellationReason why) {
            return new Cancel(viewer, subscription, when, why);
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param when              as typed; END_OF_TERM when blank
         * @param reason            as typed, or blank
         * @return the command
         */
        public static Cancel parse(PersonId viewer, String entitlementNumber, String when, String reason) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            CancellationTiming timing = Inputs.optionalEnum(f, "when", CancellationTiming.class,
                    Text.blankToNull(when), CancellationTiming.END_OF_TERM);
            CancellationReason why = Inputs.optionalEnum(f, "reason", CancellationReason.class,
                    Text.blankToNull(reason), null);
            f.throwIfAny();
            return new Cancel(viewer, n, timing, why);
        }
    }

    /**
     * Where to set up (R10): one of an existing site, a new site's name, or an organization; which
     * fits the product is checked when the command runs.
     *
     * @param viewer       the signed-in person
     * @param subscription the subscription to set up
     * @param existingSite a site the viewer sees, or null
     * @param newSite      a new site's name, or null
     * @param organization an organization the viewer sees, or null
     */
    record SetUp(PersonId viewer, EntitlementNumber subscription, SiteAddress existingSite, SiteAddress newSite,
                 OrganizationName organization) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription to set up
         * @param existingSite a site the viewer sees, or null
         * @param newSite      a new site's name, or null
         * @param organization an organization the viewer sees, or null
         */
        public SetUp {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param existingSite      as typed, or blank
         * @param newSiteName       as typed, or blank
         * @param organization      as typed, or blank
         * @return the command
         */
        public static SetUp parse(PersonId viewer, String entitlementNumber, String existingSite, String newSiteName,
                                  String organization) {
            Fields f = new Fields();
            SetUp c = new SetUp(viewer, Inputs.entitlementNumber(f, entitlementNumber),
                    f.optional("existingSite", Text.blankToNull(existingSite), SiteAddress::parse),
                    f.optional("newSiteName", Text.blankToNull(newSiteName), SiteAddress::name),
                    f.optional("organization", Text.blankToNull(organization), OrganizationName::new));
            f.throwIfAny();
            return c;
        }

        /**
         * On a site the viewer already sees through another subscription.
         *
         * @param viewer       the signed-in person
         * @param subscription the subscription to set up
         * @param site         the site
         * @return the command
         */
        public static SetUp onSite(PersonId viewer, EntitlementNumber subscription, SiteAddress site) {
            return new SetUp(viewer, subscription, site, null, null);
        }

        /**
         * On a new site, under the portal's site domain.
         *
         * @param viewer       the signed-in person
         * @param subscription the subscription to set up
         * @param site         the new site's name
         * @return the command
         */
        public static SetUp onNewSite(PersonId viewer, EntitlementNumber subscription, SiteAddress site) {
            return new SetUp(viewer, subscription, null, site, null);
        }

        /**
         * On an organization the viewer already sees (organization-scope products).
         *
         * @param viewer       the signed-in person
         * @param subscription the subscription to set up
         * @param organization the organization
         * @return the command
         */
        public static SetUp onOrganization(PersonId viewer, EntitlementNumber subscription,
                                           OrganizationName organization) {
            return new SetUp(viewer, subscription, null, null, organization);
        }

        /** @return how many places were chosen (exactly one is right) */
        public long chosen() {
            return java.util.stream.Stream.of(existingSite, newSite, organization).filter(Objects::nonNull).count();
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription
     * @param contact      who to add, and their role on it (R19)
     */
    record AddContact(PersonId viewer, EntitlementNumber subscription, Contact contact) {
        /**
         * Checks that every part is present.
         *
         * @param viewer       the signed-in person
         * @param subscription the subscription
         * @param contact      who to add, and their role on it (R19)
         */
        public AddContact {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(contact, "contact");
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param email             as typed
         * @param name              as typed
         * @param locale            as typed
         * @return the command, adding a manager
         */
        public static AddContact parse(PersonId viewer, String entitlementNumber, String email, String name,
                                       String locale) {
            return parse(viewer, entitlementNumber, new Contact.Form(email, name, locale, null));
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param email             as typed
         * @param name              as typed
         * @param locale            as typed
         * @param role              as typed: MANAGER, VIEWER, or null for MANAGER (R19)
         * @return the command
         */
        public static AddContact parse(PersonId viewer, String entitlementNumber, String email, String name,
                                       String locale, String role) {
            return parse(viewer, entitlementNumber, new Contact.Form(email, name, locale, role));
        }

        /**
         * @param viewer            the person
         * @param entitlementNumber as typed
         * @param contact           the contact's fields as typed, named {@code email}, {@code name},
         *                          {@code locale} and {@code role}
         * @return the command
         */
        public static AddContact parse(PersonId viewer, String entitlementNumber, Contact.Form contact) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            Contact c = contact.parse(f, "");
            f.throwIfAny();
            return new AddContact(viewer, n, c);
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param subscription the subscription
     * @param email        the contact to remove
     */
    record RemoveContact(PersonId viewer, EntitlementNumber subscription, EmailAddress email) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param subscription the subscription
         * @param email        the contact to remove
         */
        public RemoveContact {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param entitlementNumber as typed
         * @param email as typed
         * @return the command
         */
        public static RemoveContact parse(PersonId viewer, String entitlementNumber, String email) {
            Fields f = new Fields();
            RemoveContact c = new RemoveContact(viewer, Inputs.entitlementNumber(f, entitlementNumber),
                    f.parse("email", () -> EmailAddress.parse(email)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param viewer       the signed-in person
     * @param name         their name
     * @param locale       their language
     * @param timeZone     their time zone (R24); null: their language's default
     * @param keepTimeZone whether the zone they had stays, whatever {@code timeZone} says (a form without it)
     */
    record UpdateProfile(PersonId viewer, DisplayName name, ContactLocale locale, ZoneId timeZone,
                         boolean keepTimeZone) {
        /**
         * Checks the viewer.
         * @param viewer       the signed-in person
         * @param name         their name
         * @param locale       their language
         * @param timeZone     their time zone (R24); null: their language's default
         * @param keepTimeZone whether the zone they had stays, whatever {@code timeZone} says
         */
        public UpdateProfile {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * A profile that keeps the time zone the person had.
         * @param viewer the signed-in person
         * @param name   their name
         * @param locale their language
         */
        public UpdateProfile(PersonId viewer, DisplayName name, ContactLocale locale) {
            this(viewer, name, locale, null, true);
        }

        /**
         * The profile form with a time zone field (R24): blank is "my language's default".
         *
         * @param viewer   the person
         * @param name     as typed
         * @param locale   as typed
         * @param timeZone as typed: an IANA id such as {@code Asia/Tokyo}, {@code UTC}, or blank
         * @return the command
         * @throws ValidationException naming each field that is wrong ({@code timeZone}: not a known zone)
         */
        public static UpdateProfile parse(PersonId viewer, String name, String locale, String timeZone) {
            Fields f = new Fields();
            UpdateProfile c = new UpdateProfile(viewer, f.parse("name", () -> new DisplayName(name)),
                    f.parse("locale", () -> ContactLocale.parse(locale)),
                    timeZone == null || timeZone.isBlank() ? null
                            : f.parse("timeZone", () -> ReadersDay.parseZone(timeZone)), false);
            f.throwIfAny();
            return c;
        }

        /**
         * @param viewer the person
         * @param name as typed
         * @param locale as typed
         * @return the command
         */
        public static UpdateProfile parse(PersonId viewer, String name, String locale) {
            Fields f = new Fields();
            UpdateProfile c = new UpdateProfile(viewer, f.parse("name", () -> new DisplayName(name)),
                    f.parse("locale", () -> ContactLocale.parse(locale)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param viewer      the signed-in person
     * @param switchedOff the optional emails they no longer want
     */
    record UpdatePreferences(PersonId viewer, Set<NotificationType> switchedOff) {
        /**
         * Checks the viewer and that every type is optional.
         *
         * @param viewer      the signed-in person
         * @param switchedOff the optional emails they no longer want
         */
        public UpdatePreferences {
            Objects.requireNonNull(viewer, "viewer");
            switchedOff = Set.copyOf(switchedOff);
            if (switchedOff.stream().anyMatch(t -> !t.isOptional())) {
                throw new IllegalArgumentException("only optional emails are switched off");
            }
        }

        /**
         * The profile form: it names the optional emails the person keeps receiving; every other
         * optional email is switched off.
         *
         * @param viewer     the person
         * @param switchedOn as typed: names of optional email types
         * @return the command
         */
        public static UpdatePreferences fromSwitchedOn(PersonId viewer, Collection<String> switchedOn) {
            Set<NotificationType> off = EnumSet.noneOf(NotificationType.class);
            off.addAll(optionalTypes());
            for (String raw : switchedOn == null ? List.<String>of() : switchedOn) {
                NotificationType type = Arrays.stream(NotificationType.values()).filter(t -> t.isOptional()
                        && t.name().equals(raw)).findFirst().orElseThrow(() -> ValidationException.of("notifications",
                        FieldErrorCode.NOT_ONE_OF, "must be among the optional emails " + optionalTypes()));
                off.remove(type);
            }
            return new UpdatePreferences(viewer, off);
        }
    }

    /**
     * @param viewer the signed-in person
     * @param cursor where the previous page ended, or null
     */
    record ListEmails(PersonId viewer, Cursor cursor) {
        /**
         * Checks the viewer.
         *
         * @param viewer the signed-in person
         * @param cursor where the previous page ended, or null
         */
        public ListEmails {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param cursor as typed, or blank for the first page
         * @return the command
         */
        public static ListEmails parse(PersonId viewer, String cursor) {
            String raw = Text.blankToNull(cursor);
            return new ListEmails(viewer, raw == null ? null : Fields.single("cursor", () -> Cursor.parse(raw)));
        }
    }

    /**
     * R23: what a manager asks the subscription's billing partner. Built by name -
     * {@code AskPartner.of(viewer, subscription, RequestWish.other()).message("...")} - or parsed from the
     * form as typed.
     *
     * @param viewer       the signed-in person
     * @param subscription the subscription
     * @param wish         what is asked for (for ADD_PRODUCT, without its site: see {@code site})
     * @param site         for ADD_PRODUCT: the site as written, or null
     * @param message      what they write, or null
     */
    record AskPartner(PersonId viewer, EntitlementNumber subscription, RequestWish wish, SiteAddress site,
                      String message) {
        /**
         * Checks the parts.
         *
         * @param viewer       the signed-in person
         * @param subscription the subscription
         * @param wish         what is asked for
         * @param site         for ADD_PRODUCT: the site as written, or null
         * @param message      what they write, or null
         */
        public AskPartner {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(wish, "wish");
            if (site != null && wish.kind() != RequestKind.ADD_PRODUCT) {
                throw new IllegalArgumentException("only a request to add a product names a site");
            }
            String raw = message;
            message = Fields.single("message", () -> Requests.text(raw, RequestRules.MAX_MESSAGE_LENGTH));
        }

        /**
         * @param viewer       the signed-in person
         * @param subscription the subscription
         * @param wish         what is asked for
         * @return the command, with no message
         */
        public static AskPartner of(PersonId viewer, EntitlementNumber subscription, RequestWish wish) {
            return new AskPartner(viewer, subscription, wish, null, null);
        }

        /**
         * @param text what they write (at most 1,000 characters)
         * @return the same request, with its message
         */
        public AskPartner message(String text) {
            return new AskPartner(viewer, subscription, wish, site, text);
        }

        /**
         * @param where for ADD_PRODUCT: the site the product should go on
         * @return the same request, naming the site
         */
        public AskPartner on(SiteAddress where) {
            return new AskPartner(viewer, subscription, wish, where, message);
        }

        /**
         * The form as typed: only the fields of the kind asked count; another kind's field that is filled
         * in is an error naming it.
         *
         * @param viewer            the signed-in person
         * @param entitlementNumber as typed
         * @param kind              as typed
         * @param keepProducts      for CANCEL_COLLECTION, the codes ticked, or null
         * @param plan              for CHANGE, as chosen, or blank
         * @param userTier          for CHANGE, as typed, or blank
         * @param billingCycle      for CHANGE, as chosen, or blank
         * @param product           for ADD_PRODUCT, as typed
         * @param site              for ADD_PRODUCT, as typed, or blank
         * @param message           as typed, or blank
         * @return the command
         */
        public static AskPartner parse(PersonId viewer, String entitlementNumber, String kind,
                                       List<String> keepProducts, String plan, String userTier, String billingCycle,
                                       String product, String site, String message) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            RequestKind k = f.parse("kind", () -> io.partnerportal.core.domain.value.Enums.parse(RequestKind.class, kind));
            String planText = Text.blankToNull(plan);
            String tierText = Text.blankToNull(userTier);
            String cycleText = Text.blankToNull(billingCycle);
            String productText = Text.blankToNull(product);
            String siteText = Text.blankToNull(site);
            List<String> keep = keepProducts == null ? List.of() : keepProducts.stream().filter(x -> !x.isBlank()).toList();
            String text = f.parse("message", () -> Requests.text(message, RequestRules.MAX_MESSAGE_LENGTH));
            RequestWish wish = null;
            SiteAddress where = null;
            if (k != null) {
                notFor(f, k, RequestKind.CANCEL_COLLECTION, "keepProducts", keep.isEmpty() ? null : "x");
                notFor(f, k, RequestKind.CHANGE, "plan", planText);
                notFor(f, k, RequestKind.CHANGE, "userTier", tierText);
                notFor(f, k, RequestKind.CHANGE, "billingCycle", cycleText);
                notFor(f, k, RequestKind.ADD_PRODUCT, "product", productText);
                notFor(f, k, RequestKind.ADD_PRODUCT, "site", siteText);
                switch (k) {
                    case CANCEL_COLLECTION -> {
                        List<ProductCode> codes = f.parse(KeepProducts.FIELD, () -> KeepProducts.codes(keep));
                        wish = codes == null ? null : RequestWish.cancelCollection(codes);
                    }
                    case CHANGE -> {
                        Plan p = Inputs.optionalEnum(f, "plan", Plan.class, planText, null);
                        Integer tier = tierText == null ? null : f.parse("userTier", () -> Numbers.inRange(
                                wholeNumber(tierText), 1, io.partnerportal.core.domain.order.Order.MAX_USER_TIER));
                        BillingCycle c = Inputs.optionalEnum(f, "billingCycle", BillingCycle.class, cycleText, null);
                        if (planText == null && tierText == null && cycleText == null) {
                            f.add("plan", FieldErrorCode.REQUIRED, "name at least one of plan, userTier and billingCycle");
                        } else if (p != null || tier != null || c != null) {
                            wish = RequestWish.change(p, tier, c);
                        }
                    }
                    case ADD_PRODUCT -> {
                        ProductCode code = f.parse("product", () -> ProductCode.parse(productText));
                        where = siteText == null ? null : f.parse("site", () -> SiteAddress.parse(siteText));
                        wish = code == null ? null : RequestWish.addProduct(code, null);
                    }
                    case OTHER -> wish = RequestWish.other();
                }
            }
            f.throwIfAny();
            return new AskPartner(viewer, n, wish, where, text);
        }

        private static Integer wholeNumber(String raw) {
            try {
                return Integer.valueOf(raw.strip());
            } catch (NumberFormatException e) {
                throw new io.partnerportal.core.domain.error.InvalidValueException(FieldErrorCode.MALFORMED,
                        "must be a whole number");
            }
        }

        private static void notFor(Fields f, RequestKind asked, RequestKind owner, String field, String value) {
            if (value != null && asked != owner) {
                f.add(field, FieldErrorCode.NOT_APPLICABLE, "only a request of kind " + owner + " names " + field);
            }
        }
    }

    /**
     * @param viewer the signed-in person
     * @param cursor where the previous page ended, or null
     */
    record ListMyRequests(PersonId viewer, Cursor cursor) {
        /**
         * Checks the viewer.
         *
         * @param viewer the signed-in person
         * @param cursor where the previous page ended, or null
         */
        public ListMyRequests {
            Objects.requireNonNull(viewer, "viewer");
        }

        /**
         * @param viewer the person
         * @param cursor as typed, or blank for the first page
         * @return the command
         */
        public static ListMyRequests parse(PersonId viewer, String cursor) {
            String raw = Text.blankToNull(cursor);
            return new ListMyRequests(viewer, raw == null ? null : Fields.single("cursor", () -> Cursor.parse(raw)));
        }
    }

    // ---- views ----

    /**
     * One list row: what the list shows, linked subscriptions included.
     *
     * @param entitlementNumber the entitlement number
     * @param kind              product, app or collection
     * @param productName       the product's name
     * @param plan              the plan
     * @param userTier          the user tier
     * @param status            the status today (R2)
     * @param daysUntilRenewal  for ACTIVE, days to the bill date
     * @param daysUntilStart    for UPCOMING, days to the start
     * @param cancelsOn         the date of a pending cancellation
     * @param partnerName       the billing partner's name
     * @param linked            the linked subscriptions
     * @param pendingChange     a plan change waiting for its date (R16), or null
     */
    record Row(String entitlementNumber, SubscriptionKind kind, String productName, Plan plan, int userTier,
               SubscriptionStatus status, Long daysUntilRenewal, Long daysUntilStart, LocalDate cancelsOn,
               String partnerName, List<LinkedView> linked, SubscriptionView.PendingChangeView pendingChange) {
        /**
         * Copies the list.
         *
         * @param entitlementNumber the entitlement number
         * @param kind              product, app or collection
         * @param productName       the product's name
         * @param plan              the plan
         * @param userTier          the user tier
         * @param status            the status today (R2)
         * @param daysUntilRenewal  for ACTIVE, days to the bill date
         * @param daysUntilStart    for UPCOMING, days to the start
         * @param cancelsOn         the date of a pending cancellation
         * @param partnerName       the billing partner's name
         * @param linked            the linked subscriptions
         * @param pendingChange     a plan change waiting for its date (R16), or null
         */
        public Row {
            linked = List.copyOf(linked);
        }
    }

    /**
     * What the viewer may do with the subscription shown: the same questions the core asks before it
     * refuses.
     *
     * @param canBeginSetUp           set up applies and has not happened (R10)
     * @param canCancel               a contact may cancel it and there is something to cancel
     * @param canWithdrawCancellation a contact may withdraw its pending cancellation (R7)
     * @param contactBillingPartner   a collection's business: the page points to the partner (R6)
     * @param role                    the viewer's role: a viewer is offered none of the above (R19)
     */
    record Actions(boolean canBeginSetUp, boolean canCancel, boolean canWithdrawCancellation,
                   boolean contactBillingPartner, ContactRole role) {
    }

    /**
     * The details page.
     *
     * @param subscription        the subscription
     * @param linked              its linked subscriptions
     * @param partnerContactEmail the billing partner's key contact
     * @param actions             the buttons
     * @param requests            R23: its requests to the billing partner, newest first
     * @param asking              R23: what the viewer may ask its billing partner from the page, or null where
     *                            a page does not offer it
     */
    record Details(SubscriptionView subscription, List<LinkedView> linked, String partnerContactEmail,
                   Actions actions, List<RequestView> requests, Asking asking) {
        /**
         * Copies the lists.
         *
         * @param subscription        the subscription
         * @param linked              its linked subscriptions
         * @param partnerContactEmail the billing partner's key contact
         * @param actions             the buttons
         * @param requests            R23: its requests to the billing partner, newest first (empty where a
         *                            page does not show them)
         * @param asking              R23: what the viewer may ask, or null
         */
        public Details {
            linked = List.copyOf(linked);
            requests = List.copyOf(requests);
        }

        /**
         * Details with requests, without the form to ask.
         *
         * @param subscription        the subscription
         * @param linked              its linked subscriptions
         * @param partnerContactEmail the billing partner's key contact
         * @param actions             the buttons
         * @param requests            R23: its requests to the billing partner, newest first
         */
        public Details(SubscriptionView subscription, List<LinkedView> linked, String partnerContactEmail,
                       Actions actions, List<RequestView> requests) {
            this(subscription, linked, partnerContactEmail, actions, requests, null);
        }

        /**
         * Details without requests.
         *
         * @param subscription        the subscription
         * @param linked              its linked subscriptions
         * @param partnerContactEmail the billing partner's key contact
         * @param actions             the buttons
         */
        public Details(SubscriptionView subscription, List<LinkedView> linked, String partnerContactEmail,
                       Actions actions) {
            this(subscription, linked, partnerContactEmail, actions, List.of(), null);
        }

        /**
         * @param shown R23: the subscription's requests, newest first
         * @return the same details, with them
         */
        public Details withRequests(List<RequestView> shown) {
            return new Details(subscription, linked, partnerContactEmail, actions, shown, asking);
        }

        /**
         * @param shown R23: the subscription's requests, newest first
         * @param offer what the viewer may ask
         * @return the same details, with both
         */
        public Details withRequests(List<RequestView> shown, Asking offer) {
            return new Details(subscription, linked, partnerContactEmail, actions, shown, offer);
        }
    }

    /**
     * The cancel page: what it shows of the subscription, and what cancelling it would do.
     *
     * @param details the subscription's details, with the buttons the rules allow
     * @param preview what the cancellation would do on the date asked about; empty when the viewer may not
     *                cancel it (the buttons say why: a viewer, a collection's business, nothing to cancel)
     */
    record CancellationPage(Details details, Optional<CancellationResult> preview) {
        /**
         * Checks the parts.
         *
         * @param details the subscription's details
         * @param preview what the cancellation would do, or empty
         */
        public CancellationPage {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(preview, "preview");
        }
    }

    /**
     * @param subscription  the subscription
     * @param scope         where its product is set up
     * @param sites         the sites the viewer sees
     * @param organizations the organizations the viewer sees
     * @param siteDomain    the domain new sites are named under
     */
    record SetUpOptions(SubscriptionView subscription, ProductScope scope, List<String> sites,
                        List<String> organizations, String siteDomain) {
        /**
         * Copies the lists.
         *
         * @param subscription  the subscription
         * @param scope         where its product is set up
         * @param sites         the sites the viewer sees
         * @param organizations the organizations the viewer sees
         * @param siteDomain    the domain new sites are named under
         */
        public SetUpOptions {
            sites = List.copyOf(sites);
            organizations = List.copyOf(organizations);
        }
    }

    /**
     * Key contacts: the billing partner and the customer contacts.
     *
     * @param subscription        the subscription
     * @param partnerName         the billing partner
     * @param partnerContactEmail its key contact
     * @param contacts            the customer contacts
     * @param role                the viewer's role: only a manager adds and removes contacts (R19)
     * @param removable           the emails of the contacts the viewer may remove (R11, R19)
     */
    record Contacts(SubscriptionView subscription, String partnerName, String partnerContactEmail,
                    List<SubscriptionView.ContactView> contacts, ContactRole role, List<String> removable) {
        /**
         * Copies the lists.
         *
         * @param subscription        the subscription
         * @param partnerName         the billing partner
         * @param partnerContactEmail its key contact
         * @param contacts            the customer contacts
         * @param role                the viewer's role: only a manager adds and removes contacts (R19)
         * @param removable           the emails of the contacts the viewer may remove (R11, R19)
         */
        public Contacts {
            contacts = List.copyOf(contacts);
            removable = List.copyOf(removable);
        }
    }

    /**
     * @param email    the person's email
     * @param name     their name
     * @param locale   their language, en or ja
     * @param timeZone the time zone they read in (R24): the one they chose, else their language's default
     * @param timeZoneChosen whether they chose it
     */
    record Profile(String email, String name, String locale, String timeZone, boolean timeZoneChosen) {
        /**
         * A profile whose person chose no time zone: they read in their language's default (R24).
         *
         * @param email  the person's email
         * @param name   their name
         * @param locale their language, en or ja
         */
        public Profile(String email, String name, String locale) {
            this(email, name, locale, ReadersDay.of(null, ContactLocale.parse(locale)).zoneId(), false);
        }
    }

    /**
     * A value a filter can take.
     *
     * @param value what the page sends back: a partner's id, a product's code
     * @param label what the viewer reads: its name
     */
    record Choice(String value, String label) {
    }

    /**
     * The counts and choices of the list page.
     *
     * @param active   rows in the Active tab under the filter
     * @param inactive rows in the Inactive tab under the filter
     * @param upcoming rows in the Upcoming tab under the filter
     * @param partners every partner of a subscription the viewer sees, by name
     * @param products every product of a subscription the viewer sees, by name
     */
    record ListSummary(int active, int inactive, int upcoming, List<Choice> partners, List<Choice> products) {
        /**
         * Copies the lists.
         *
         * @param active   rows in the Active tab under the filter
         * @param inactive rows in the Inactive tab under the filter
         * @param upcoming rows in the Upcoming tab under the filter
         * @param partners every partner of a subscription the viewer sees, by name
         * @param products every product of a subscription the viewer sees, by name
         */
        public ListSummary {
            partners = List.copyOf(partners);
            products = List.copyOf(products);
        }

        /**
         * @param tab a tab
         * @return how many rows it holds under the filter
         */
        public int count(ListTab tab) {
            return switch (tab) {
                case ACTIVE -> active;
                case INACTIVE -> inactive;
                case UPCOMING -> upcoming;
            };
        }
    }

    /**
     * What an unsubscribe link names.
     *
     * @param email  the person's email
     * @param type   the optional email
     * @param locale the person's language, for the page
     */
    record UnsubscribeTarget(String email, NotificationType type, String locale) {
    }

    /** Where an email is: sent, waiting (or being retried), given up, or not sent because it was switched off (R18). */
    enum EmailStatus { /** Sent. */ SENT, /** Waiting to be sent, or to be tried again. */ PENDING,
        /** Given up after its tries. */ FAILED, /** Not sent: switched off. */ SKIPPED }

    /**
     * One email of the log.
     *
     * @param id           its id in the outbox
     * @param type         which email
     * @param subscription the entitlement number it is about, or null (a welcome, a sign-in link)
     * @param productName  that subscription's product, or null
     * @param at           when it was queued
     * @param status       where it is
     * @param subject      its subject (SPEC §6.3), or null when it is not known
     */
    record SentEmail(long id, NotificationType type, String subscription, String productName, Instant at,
                     EmailStatus status, String subject) {
        /**
         * An email whose subject is not known.
         *
         * @param id           its id in the outbox
         * @param type         which email
         * @param subscription the entitlement number it is about, or null
         * @param productName  that subscription's product, or null
         * @param at           when it was queued
         * @param status       where it is
         */
        public SentEmail(long id, NotificationType type, String subscription, String productName, Instant at,
                         EmailStatus status) {
            this(id, type, subscription, productName, at, status, null);
        }
    }

    /**
     * R23: what the viewer may ask a subscription's billing partner now, and the form's choices.
     *
     * @param partnerName      the billing partner
     * @param kinds            what the viewer may ask for now; empty when they may not ask
     * @param refusal          why they may not ask ({@code VIEWER_ROLE}, {@code SUBSCRIPTION_CANCELLED},
     *                         {@code TOO_MANY_REQUESTS}), or null when they may
     * @param includedProducts for a collection, the products it includes (code and name), to keep
     * @param products         the catalogue's products and collections (code and name), to ask for one
     */
    record Asking(String partnerName, List<RequestKind> kinds, ErrorCode refusal, List<Choice> includedProducts,
                  List<Choice> products) {
        /**
         * Copies the lists.
         *
         * @param partnerName      the billing partner
         * @param kinds            what the viewer may ask for now
         * @param refusal          why they may not ask, or null
         * @param includedProducts for a collection, the products it includes
         * @param products         the catalogue's products and collections
         */
        public Asking {
            kinds = List.copyOf(kinds);
            includedProducts = List.copyOf(includedProducts);
            products = List.copyOf(products);
        }
    }

    /**
     * R23: a subscription's requests to its billing partner and the form to ask another.
     *
     * @param subscription     the subscription
     * @param partnerName      its billing partner
     * @param requests         its requests, newest first
     * @param kinds            what the viewer may ask for now; empty when they may not ask
     * @param refusal          why they may not ask ({@code VIEWER_ROLE}, {@code SUBSCRIPTION_CANCELLED},
     *                         {@code TOO_MANY_REQUESTS}), or null when they may
     * @param includedProducts for a collection, the products it includes (code and name), to keep
     * @param products         the catalogue's products and collections (code and name), to ask for one
     */
    record RequestsPage(SubscriptionView subscription, String partnerName, List<RequestView> requests,
                        List<RequestKind> kinds, ErrorCode refusal, List<Choice> includedProducts,
                        List<Choice> products) {
        /**
         * Copies the lists.
         *
         * @param subscription     the subscription
         * @param partnerName      its billing partner
         * @param requests         its requests, newest first
         * @param kinds            what the viewer may ask for now
         * @param refusal          why they may not ask, or null
         * @param includedProducts for a collection, the products it includes
         * @param products         the catalogue's products and collections
         */
        public RequestsPage {
            products = List.copyOf(products);
            requests = List.copyOf(requests);
            kinds = List.copyOf(kinds);
            includedProducts = List.copyOf(includedProducts);
        }

        /** @return what the viewer may ask, as the subscription's page offers it */
        public Asking asking() {
            return new Asking(partnerName, kinds, refusal, includedProducts, products);
        }
    }
}
