package io.partnerportal.core.partner;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.Cancelling;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Graphs;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.application.Requests;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestRules;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.People;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.cancellation.KeepProducts;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.order.Order;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.ChangeTiming;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.value.Numbers;
import io.partnerportal.core.port.out.BillingAccountRepository;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.OrganizationRepository;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a billing partner does through the REST API (SPEC §5.2, §6.2): accounts, orders, contacts,
 * usage, moves, cancellations, plan changes, site migrations, history. A partner sees and acts only on
 * what it bills (R12); anything else is "not found" (R15,
 * {@link io.partnerportal.core.domain.error.NotFoundException}), and an id in a request that is unknown
 * or not the partner's is a {@link io.partnerportal.core.domain.error.ValidationException} naming the
 * field. Each command is built by name (its factories, {@link Order#builder}) or by its {@code parse}
 * from what the caller typed, every wrong field named at once. Refusals are
 * {@link io.partnerportal.core.domain.error.RuleRefusedException}s whose code each method names.
 */
public interface PartnerOperations {

    /**
     * The partner's use cases over the ports they call; {@link io.partnerportal.core.Core} wires it, and
     * an embedder gets it from there.
     *
     * @param tx            units of work and the clock
     * @param views         what answers show
     * @param subscriptions the subscriptions
     * @param sheets        the read side of the partner's reads
     * @param accounts      the billing accounts
     * @param catalogue     the product catalogue
     * @param organizations the admin organizations
     * @param persons       the people
     * @param sites         sites, locked and checked (R10)
     * @param graphs        what a move reaches
     * @param cancelling    cancelling and withdrawing (R4-R7)
     * @param people        contacts found, registered and assigned (R11)
     * @param history       history pages (R14)
     * @return the port
     */
    static PartnerOperations create(Transactions tx, Views views, SubscriptionRepository subscriptions,
                                    SubscriptionSheets sheets, BillingAccountRepository accounts, Catalogue catalogue,
                                    OrganizationRepository organizations, PersonRepository persons, Sites sites,
                                    Graphs graphs, Cancelling cancelling, People people, HistoryPages history) {
        return create(tx, views, subscriptions, sheets, accounts, catalogue, organizations, persons, sites, graphs,
                cancelling, people, history, new Requests(io.partnerportal.core.port.out.RequestStore.none(), persons,
                        subscriptions, catalogue));
    }

    /**
     * As the other {@code create}, with the requests from the contacts (R23).
     *
     * @param tx            units of work and the clock
     * @param views         what answers show
     * @param subscriptions the subscriptions
     * @param sheets        the read side of the API's reads
     * @param accounts      the billing accounts
     * @param catalogue     the product catalogue
     * @param organizations the admin organizations
     * @param persons       the people
     * @param sites         sites, locked and checked
     * @param graphs        linked subscriptions read at once
     * @param cancelling    cancelling and withdrawing
     * @param people        contacts found, registered and assigned
     * @param history       history pages
     * @param requests      the requests from the contacts (R23)
     * @return the port
     */
    static PartnerOperations create(Transactions tx, Views views, SubscriptionRepository subscriptions,
                                    SubscriptionSheets sheets, BillingAccountRepository accounts, Catalogue catalogue,
                                    OrganizationRepository organizations, PersonRepository persons, Sites sites,
                                    Graphs graphs, Cancelling cancelling, People people, HistoryPages history,
                                    Requests requests) {
        return new PartnerService(tx, views, subscriptions, sheets, accounts, catalogue, organizations, persons, sites,
                graphs, cancelling, people, history, requests);
    }

    // ---- billing accounts ----

    /**
     * @param command the account's name
     * @return the new account
     */
    BillingAccountView createBillingAccount(CreateBillingAccount command);

    /**
     * @param command which page
     * @return the partner's accounts, by name
     * @throws io.partnerportal.core.domain.error.ValidationException a cursor this list did not return
     */
    Page<BillingAccountView> billingAccounts(ListBillingAccounts command);

    // ---- orders and reads ----

    /**
     * R12: orders a product, an app on hosts the partner bills, or a collection with its included
     * products; a site named that does not exist yet is created, an organization too; a new contact is
     * welcomed.
     *
     * @param command what is ordered
     * @return what it created: a collection first, then its included products
     * @throws io.partnerportal.core.domain.error.ValidationException an unknown product, an account or host
     *         not the partner's, a start outside 2000-01-01 and two years ahead, a place that does not fit
     *         the product ({@code billingAccountId}, {@code product}, {@code startDate}, {@code siteUrl},
     *         {@code organization}, {@code hostEntitlementNumbers[i]})
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code PRODUCT_ALREADY_ON_SITE} (R10);
     *         for an app: {@code HOST_NOT_LIVE}, {@code HOST_NOT_COMPATIBLE}, {@code HOST_NOT_SET_UP},
     *         {@code HOSTS_ON_DIFFERENT_SITES}, {@code HOST_IN_OTHER_BILLING_ACCOUNT} (R12)
     */
    List<SubscriptionView> order(Order command);

    /**
     * @param command which page, optionally of one account and status
     * @return the partner's subscriptions, by entitlement number
     * @throws io.partnerportal.core.domain.error.ValidationException an account not the partner's
     *         ({@code billingAccountId}), a cursor this list did not return
     */
    Page<SubscriptionView> subscriptions(ListSubscriptions command);

    /**
     * @param command which subscription
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     */
    SubscriptionView subscription(GetSubscription command);

    /**
     * @param command which subscription, which page
     * @return its history (R14), newest first
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.ValidationException a cursor this list did not return
     */
    Page<HistoryItem> history(ListHistory command);

    /**
     * What can be ordered (SPEC §2: the catalogue is data).
     *
     * @return every product, app and collection, by code
     */
    default List<Product> catalogue() {
        throw new UnsupportedOperationException("this PartnerOperations lists no catalogue");
    }

    // ---- contacts and usage ----

    /**
     * Assigns a contact (R11): somebody new is welcomed, somebody known is told; a contact already there
     * gets the role named (R19); the same contact with the same role changes nothing.
     *
     * @param command the contact to add
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code LAST_MANAGER} when it would make
     *         the last manager a viewer (R19)
     */
    SubscriptionView assignContact(AssignContact command);

    /**
     * @param command the contact to remove; one who is not there changes nothing
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code LAST_CONTACT} (R11),
     *         {@code LAST_MANAGER} (R19)
     */
    SubscriptionView removeContact(RemoveContact command);

    /**
     * @param command the active users; the same number again changes nothing
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     */
    SubscriptionView reportUsage(ReportUsage command);

    // ---- moves and migrations ----

    /**
     * R9: moves a subscription with what goes with it (a product's apps whose hosts all move, a
     * collection's included products) to another of the partner's accounts; nothing else changes.
     *
     * @param command what moves where
     * @return every subscription moved
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.ValidationException an account not the partner's
     *         ({@code billingAccountId})
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code INCLUDED_IN_COLLECTION},
     *         {@code APP_MOVES_WITH_ITS_HOSTS}, {@code APP_HOST_STAYS_BEHIND} (R9)
     */
    List<SubscriptionView> move(Move command);

    /**
     * R12: moves a site to the new billing platform, once; the contacts for whom it is their first
     * site there are told (R13). Migrating it again changes nothing.
     *
     * @param command the site
     * @return the site and the day it moved to the new billing platform
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills a live
     *         subscription on it (R15)
     */
    SiteMigration migrateSite(MigrateSite command);

    // ---- cancelling (R4-R7) ----

    /**
     * @param command the cancellation
     * @return the same answer as {@link #cancel}, changing nothing (R5)
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.ValidationException a product the collection does not
     *         include ({@code keepProducts})
     * @throws io.partnerportal.core.domain.error.RuleRefusedException as {@link #cancel}
     */
    CancellationResult previewCancellation(Cancel command);

    /**
     * Cancels (R4) with the cascade to apps (R5); a collection with its included products, keeping those
     * named (R6). The same or a later date than the one that applies changes nothing.
     *
     * @param command the cancellation
     * @return what it does
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.ValidationException a product the collection does not
     *         include ({@code keepProducts})
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code INCLUDED_IN_COLLECTION} for an
     *         included product (R6), {@code CANCELLATION_PENDING_WITH_OTHER_PLAN} for a collection whose
     *         pending cancellation keeps other products (R6), {@code CANCELLATION_EFFECTIVE} (R7)
     */
    CancellationResult cancel(Cancel command);

    /**
     * Withdraws a pending cancellation with its cascade and planned detachments (R7); none pending
     * changes nothing.
     *
     * @param command the subscription
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code INCLUDED_IN_COLLECTION} (R6),
     *         {@code CANCELLATION_EFFECTIVE}, {@code CANCELLED_BY_CASCADE} (R7)
     */
    SubscriptionView withdrawCancellation(GetSubscription command);

    // ---- plan changes (R16) ----

    /**
     * R16: changes the plan, user tier or billing cycle at once, or schedules the change for the bill
     * date (replacing one already scheduled); a request that changes nothing changes nothing.
     *
     * @param command which subscription, what, when
     * @return the subscription, with its {@code pendingChange}
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code INCLUDED_IN_COLLECTION},
     *         {@code CANCELLATION_PENDING}, {@code SUBSCRIPTION_CANCELLED} (R16)
     */
    SubscriptionView changePlan(ChangePlan command);

    /**
     * R16: withdraws the change scheduled for the bill date; none scheduled changes nothing.
     *
     * @param command which subscription
     * @return the subscription
     * @throws io.partnerportal.core.domain.error.NotFoundException unless the partner bills it (R15)
     */
    SubscriptionView withdrawPlanChange(GetSubscription command);

    // ---- requests from the contacts (R23) ----

    /**
     * @param command which partner, which status, which page
     * @return the partner's requests, newest first
     * @throws ValidationException a bad status ({@code status}), cursor or limit
     */
    Page<RequestView> requests(ListRequests command);

    /**
     * R23: answers a request, DONE or DECLINED, with an optional note: {@code request.resolved}, the
     * asking contact's REQUEST_RESOLVED; the subscription is unchanged (the partner changes it itself).
     *
     * @param command which request, how
     * @return the request, answered
     * @throws io.partnerportal.core.domain.error.NotFoundException unless it was asked of this partner (R15)
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code REQUEST_ALREADY_RESOLVED}
     */
    RequestView resolveRequest(ResolveRequest command);

    // ---- commands ----
    /**
     * @param partner the partner
     * @param name    the account's name
     */
    record CreateBillingAccount(PartnerId partner, DisplayName name) {
        /**
         * Checks that both parts are present.
         *
         * @param partner the partner
         * @param name    the account's name
         */
        public CreateBillingAccount {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(name, "name");
        }

        /**
         * @param partner the partner
         * @param name as typed
         * @return the command
         */
        public static CreateBillingAccount parse(PartnerId partner, String name) {
            return new CreateBillingAccount(partner, Fields.single("name", () -> new DisplayName(name)));
        }
    }

    /**
     * @param partner the partner
     * @param cursor  where the previous page ended, or null
     * @param limit   the page size
     */
    record ListBillingAccounts(PartnerId partner, Cursor cursor, int limit) {
        /**
         * Checks the partner.
         *
         * @param partner the partner
         * @param cursor  where the previous page ended, or null
         * @param limit   the page size
         */
        public ListBillingAccounts {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param cursor as typed
         * @param limit as typed
         * @return the command
         */
        public static ListBillingAccounts parse(PartnerId partner, String cursor, Integer limit) {
            Fields f = new Fields();
            ListBillingAccounts c = new ListBillingAccounts(partner, Inputs.cursor(f, cursor), Inputs.limit(f, limit));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner        the partner
     * @param billingAccount only this account's, or null
     * @param status         only with this status today (R2), or null
     * @param cursor         where the previous page ended, or null
     * @param limit          the page size
     */
    record ListSubscriptions(PartnerId partner, BillingAccountId billingAccount, SubscriptionStatus status,
                             Cursor cursor, int limit) {
        /**
         * Checks the partner.
         *
         * @param partner        the partner
         * @param billingAccount only this account's, or null
         * @param status         only with this status today (R2), or null
         * @param cursor         where the previous page ended, or null
         * @param limit          the page size
         */
        public ListSubscriptions {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * The first page of every subscription the partner bills, {@value Inputs#DEFAULT_LIMIT} a page;
         * narrow it with {@link #inAccount} and {@link #withStatus}, page on with {@link #after}.
         *
         * @param partner the partner
         * @return the command
         */
        public static ListSubscriptions of(PartnerId partner) {
            return new ListSubscriptions(partner, null, null, null, Inputs.DEFAULT_LIMIT);
        }

        /**
         * @param account one of the partner's billing accounts
         * @return the same list, of that account alone
         */
        public ListSubscriptions inAccount(BillingAccountId account) {
            return new ListSubscriptions(partner, account, status, cursor, limit);
        }

        /**
         * @param today only those with this status today (R2)
         * @return the same list, of that status alone
         */
        public ListSubscriptions withStatus(SubscriptionStatus today) {
            return new ListSubscriptions(partner, billingAccount, today, cursor, limit);
        }

        /**
         * @param next the cursor a page answered ({@link Page#next()})
         * @return the page after it
         */
        public ListSubscriptions after(String next) {
            return new ListSubscriptions(partner, billingAccount, status,
                    Fields.single("cursor", () -> Cursor.parse(next)), limit);
        }

        /**
         * @param size the page size, 1 to {@value Inputs#MAX_LIMIT}
         * @return the same list, in pages of {@code size}
         */
        public ListSubscriptions limit(int size) {
            return new ListSubscriptions(partner, billingAccount, status, cursor,
                    Fields.single("limit", () -> Numbers.inRange(size, 1, Inputs.MAX_LIMIT)));
        }

        /**
         * @param partner          the partner
         * @param billingAccountId as typed, or null
         * @param status           as typed, or null
         * @param cursor           as typed, or null
         * @param limit            as typed, or null
         * @return the command
         */
        public static ListSubscriptions parse(PartnerId partner, String billingAccountId, String status, String cursor,
                                              Integer limit) {
            Fields f = new Fields();
            ListSubscriptions c = new ListSubscriptions(partner,
                    f.optional("billingAccountId", billingAccountId, BillingAccountId::parse),
                    Inputs.optionalEnum(f, "status", SubscriptionStatus.class, status, null),
                    Inputs.cursor(f, cursor), Inputs.limit(f, limit));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     */
    record GetSubscription(PartnerId partner, EntitlementNumber subscription) {
        /**
         * Checks the partner.
         *
         * @param partner      the partner
         * @param subscription the subscription
         */
        public GetSubscription {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @return the command
         */
        public static GetSubscription parse(PartnerId partner, String entitlementNumber) {
            return new GetSubscription(partner, Fields.single(Inputs.ENTITLEMENT_NUMBER,
                    () -> EntitlementNumber.parse(entitlementNumber)));
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param cursor       where the previous page ended, or null
     * @param limit        the page size
     */
    record ListHistory(PartnerId partner, EntitlementNumber subscription, Cursor cursor, int limit) {
        /**
         * Checks the partner.
         *
         * @param partner      the partner
         * @param subscription the subscription
         * @param cursor       where the previous page ended, or null
         * @param limit        the page size
         */
        public ListHistory {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * The first page of a subscription's history, {@value Inputs#DEFAULT_LIMIT} lines, newest first.
         *
         * @param partner      the partner
         * @param subscription the subscription
         * @return the command
         */
        public static ListHistory of(PartnerId partner, EntitlementNumber subscription) {
            return new ListHistory(partner, subscription, null, Inputs.DEFAULT_LIMIT);
        }

        /**
         * @param next the cursor a page answered ({@link Page#next()})
         * @return the page after it
         */
        public ListHistory after(String next) {
            return new ListHistory(partner, subscription, Fields.single("cursor", () -> Cursor.parse(next)), limit);
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param cursor            as typed, or null
         * @param limit             as typed, or null
         * @return the command
         */
        public static ListHistory parse(PartnerId partner, String entitlementNumber, String cursor, Integer limit) {
            Fields f = new Fields();
            ListHistory c = new ListHistory(partner, Inputs.entitlementNumber(f, entitlementNumber),
                    Inputs.cursor(f, cursor), Inputs.limit(f, limit));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param contact      the contact to add
     */
    record AssignContact(PartnerId partner, EntitlementNumber subscription, Contact contact) {
        /**
         * Checks the partner.
         * @param partner      the partner
         * @param subscription the subscription
         * @param contact      the contact to add
         */
        public AssignContact {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner      the partner
         * @param subscription the subscription
         * @param contact      the contact to add, or whose role to change
         * @return the command
         */
        public static AssignContact of(PartnerId partner, EntitlementNumber subscription, Contact contact) {
            return new AssignContact(partner, subscription, Objects.requireNonNull(contact, "contact"));
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param email             as typed
         * @param name              as typed
         * @param locale            as typed
         * @return the command
         */
        public static AssignContact parse(PartnerId partner, String entitlementNumber, String email, String name,
                                          String locale) {
            return parse(partner, entitlementNumber, new Contact.Form(email, name, locale, null));
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param contact           as typed, with its role (R19: none means MANAGER)
         * @return the command
         */
        public static AssignContact parse(PartnerId partner, String entitlementNumber, Contact.Form contact) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            Contact c = contact.parse(f, "");
            f.throwIfAny();
            return new AssignContact(partner, n, c);
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param email        the contact to remove
     */
    record RemoveContact(PartnerId partner, EntitlementNumber subscription, EmailAddress email) {
        /**
         * Checks the partner.
         * @param partner      the partner
         * @param subscription the subscription
         * @param email        the contact to remove
         */
        public RemoveContact {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @param email as typed
         * @return the command
         */
        public static RemoveContact parse(PartnerId partner, String entitlementNumber, String email) {
            Fields f = new Fields();
            RemoveContact c = new RemoveContact(partner, Inputs.entitlementNumber(f, entitlementNumber),
                    f.parse("email", () -> EmailAddress.parse(email)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription
     * @param activeUsers  the users active, 0 to 10,000,000
     */
    record ReportUsage(PartnerId partner, EntitlementNumber subscription, int activeUsers) {
        /** The most active users a report may name. */
        public static final int MAX_ACTIVE_USERS = 10_000_000;

        /**
         * Checks the partner.
         * @param partner      the partner
         * @param subscription the subscription
         * @param activeUsers  the users active, 0 to 10,000,000
         */
        public ReportUsage {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @param activeUsers as typed
         * @return the command
         */
        public static ReportUsage parse(PartnerId partner, String entitlementNumber, Integer activeUsers) {
            Fields f = new Fields();
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            Integer users = f.parse("activeUsers", () -> Numbers.inRange(activeUsers, 0, MAX_ACTIVE_USERS));
            f.throwIfAny();
            return new ReportUsage(partner, n, users);
        }
    }

    /**
     * @param partner        the partner
     * @param subscription   the subscription to move, with what goes with it
     * @param billingAccount the partner's account it moves to
     */
    record Move(PartnerId partner, EntitlementNumber subscription, BillingAccountId billingAccount) {
        /**
         * Checks the partner.
         * @param partner        the partner
         * @param subscription   the subscription to move, with what goes with it
         * @param billingAccount the partner's account it moves to
         */
        public Move {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param entitlementNumber as typed
         * @param billingAccountId as typed
         * @return the command
         */
        public static Move parse(PartnerId partner, String entitlementNumber, String billingAccountId) {
            Fields f = new Fields();
            Move c = new Move(partner, Inputs.entitlementNumber(f, entitlementNumber),
                    f.parse("billingAccountId", () -> BillingAccountId.parse(billingAccountId)));
            f.throwIfAny();
            return c;
        }
    }

    /**
     * @param partner      the partner
     * @param subscription the subscription to cancel
     * @param when         END_OF_TERM or IMMEDIATE
     * @param reason       why, or null
     * @param keepProducts for a collection: the included products that continue standalone
     * @param request      R23: the contact's request this cancellation fulfils (resolved DONE with it), or null
     */
    record Cancel(PartnerId partner, EntitlementNumber subscription, CancellationTiming when,
                  CancellationReason reason, List<ProductCode> keepProducts, RequestId request) {
        /**
         * Copies the list.
         * @param partner      the partner
         * @param subscription the subscription to cancel
         * @param when         END_OF_TERM or IMMEDIATE
         * @param reason       why, or null
         * @param keepProducts for a collection: the included products that continue standalone
         * @param request      R23: the request it fulfils, or null
         */
        public Cancel {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(when, "when");
            keepProducts = List.copyOf(keepProducts);
        }

        /**
         * A cancellation that fulfils no request.
         * @param partner      the partner
         * @param subscription the subscription to cancel
         * @param when         END_OF_TERM or IMMEDIATE
         * @param reason       why, or null
         * @param keepProducts for a collection: the included products that continue standalone
         */
        public Cancel(PartnerId partner, EntitlementNumber subscription, CancellationTiming when,
                      CancellationReason reason, List<ProductCode> keepProducts) {
            this(partner, subscription, when, reason, keepProducts, null);
        }

        /**
         * @param fulfilled R23: the contact's request this cancellation fulfils
         * @return the same cancellation, resolving that request as DONE
         */
        public Cancel fulfilling(RequestId fulfilled) {
            return new Cancel(partner, subscription, when, reason, keepProducts, fulfilled);
        }

        /**
         * A cancellation on the bill date (R4's default); give a reason with {@link #because}, keep a
         * collection's products with {@link #keeping}.
         *
         * @param partner      the partner
         * @param subscription the subscription to cancel
         * @return the command
         */
        public static Cancel atEndOfTerm(PartnerId partner, EntitlementNumber subscription) {
            return new Cancel(partner, subscription, CancellationTiming.END_OF_TERM, null, List.of());
        }

        /**
         * A cancellation that takes effect today (R4).
         *
         * @param partner      the partner
         * @param subscription the subscription to cancel
         * @return the command
         */
        public static Cancel immediately(PartnerId partner, EntitlementNumber subscription) {
            return new Cancel(partner, subscription, CancellationTiming.IMMEDIATE, null, List.of());
        }

        /**
         * @param why the reason given (R4)
         * @return the same cancellation, with its reason
         */
        public Cancel because(CancellationReason why) {
            return new Cancel(partner, subscription, when, why, keepProducts, request);
        }

        /**
         * @param products for a collection: the included products that continue standalone (R6)
         * @return the same cancellation, keeping them
         */
        public Cancel keeping(ProductCode... products) {
            return new Cancel(partner, subscription, when, reason, List.of(products), request);
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param when              as typed, END_OF_TERM when null
         * @param reason            as typed, or null
         * @param keepProducts      as typed, or null
         * @return the command
         */
        public static Cancel parse(PartnerId partner, String entitlementNumber, String when, String reason,
                                   List<String> keepProducts) {
            return parse(partner, entitlementNumber, when, reason, keepProducts, null);
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param when              as typed, END_OF_TERM when null
         * @param reason            as typed, or null
         * @param keepProducts      as typed, or null
         * @param requestId         R23: the request it fulfils, as typed, or null
         * @return the command
         */
        public static Cancel parse(PartnerId partner, String entitlementNumber, String when, String reason,
                                   List<String> keepProducts, String requestId) {
            Fields f = new Fields();
            RequestId fulfilled = f.optional(Requests.REQUEST_ID, requestId, RequestId::parse);
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            CancellationTiming timing = Inputs.optionalEnum(f, "when", CancellationTiming.class, when,
                    CancellationTiming.END_OF_TERM);
            CancellationReason why = Inputs.optionalEnum(f, "reason", CancellationReason.class, reason, null);
            List<ProductCode> keep = f.parse(KeepProducts.FIELD, () -> KeepProducts.codes(keepProducts));
            f.throwIfAny();
            return new Cancel(partner, n, timing, why, keep, fulfilled);
        }
    }

    /**
     * @param partner the partner
     * @param site    the site to move to the new billing platform
     */
    record MigrateSite(PartnerId partner, SiteAddress site) {
        /**
         * Checks the partner.
         * @param partner the partner
         * @param site    the site to move to the new billing platform
         */
        public MigrateSite {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @param siteUrl as typed
         * @return the command
         */
        public static MigrateSite parse(PartnerId partner, String siteUrl) {
            return new MigrateSite(partner, Fields.single("siteUrl", () -> SiteAddress.parse(siteUrl)));
        }
    }

    /**
     * R16: change a subscription's plan, user tier or billing cycle; a part left null keeps its value.
     *
     * @param partner      the partner
     * @param subscription the subscription
     * @param plan         the new plan, or null
     * @param userTier     the new user tier, or null
     * @param billingCycle the new billing cycle, or null
     * @param when         when it applies, or null for the default (an upgrade at once, else at renewal)
     * @param request      R23: the contact's request this change fulfils (resolved DONE with it), or null
     */
    record ChangePlan(PartnerId partner, EntitlementNumber subscription, Plan plan, Integer userTier,
                      BillingCycle billingCycle, ChangeTiming when, RequestId request) {
        /**
         * Checks the partner and the subscription.
         *
         * @param partner      the partner
         * @param subscription the subscription
         * @param plan         the new plan, or null
         * @param userTier     the new user tier, or null
         * @param billingCycle the new billing cycle, or null
         * @param when         when it applies, or null
         * @param request      R23: the request it fulfils, or null
         */
        public ChangePlan {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(subscription, "subscription");
        }

        /**
         * A change that fulfils no request.
         *
         * @param partner      the partner
         * @param subscription the subscription
         * @param plan         the new plan, or null
         * @param userTier     the new user tier, or null
         * @param billingCycle the new billing cycle, or null
         * @param when         when it applies, or null
         */
        public ChangePlan(PartnerId partner, EntitlementNumber subscription, Plan plan, Integer userTier,
                          BillingCycle billingCycle, ChangeTiming when) {
            this(partner, subscription, plan, userTier, billingCycle, when, null);
        }

        /**
         * @param fulfilled R23: the contact's request this change fulfils
         * @return the same change, resolving that request as DONE
         */
        public ChangePlan fulfilling(RequestId fulfilled) {
            return new ChangePlan(partner, subscription, plan, userTier, billingCycle, when, fulfilled);
        }

        /**
         * A change of nothing yet: name what changes with {@link #plan(Plan)}, {@link #userTier(int)} and
         * {@link #billingCycle(BillingCycle)}, and when with {@link #when(ChangeTiming)}.
         *
         * @param partner      the partner
         * @param subscription the subscription
         * @return the command
         */
        public static ChangePlan of(PartnerId partner, EntitlementNumber subscription) {
            return new ChangePlan(partner, subscription, null, null, null, null);
        }

        /**
         * @param to the new plan
         * @return the same change, with the plan
         */
        public ChangePlan plan(Plan to) {
            return new ChangePlan(partner, subscription, to, userTier, billingCycle, when, request);
        }

        /**
         * @param to the new user tier
         * @return the same change, with the tier
         */
        public ChangePlan userTier(int to) {
            return new ChangePlan(partner, subscription, plan, to, billingCycle, when, request);
        }

        /**
         * @param to the new billing cycle
         * @return the same change, with the cycle
         */
        public ChangePlan billingCycle(BillingCycle to) {
            return new ChangePlan(partner, subscription, plan, userTier, to, when, request);
        }

        /**
         * @param timing when it applies (R16's default: an upgrade at once, anything else at renewal)
         * @return the same change, at that time
         */
        public ChangePlan when(ChangeTiming timing) {
            return new ChangePlan(partner, subscription, plan, userTier, billingCycle, timing, request);
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param plan              as typed, or null
         * @param userTier          as sent, or null
         * @param billingCycle      as typed, or null
         * @param when              as typed, or null
         * @return the command
         */
        public static ChangePlan parse(PartnerId partner, String entitlementNumber, String plan, Integer userTier,
                                       String billingCycle, String when) {
            return parse(partner, entitlementNumber, plan, userTier, billingCycle, when, null);
        }

        /**
         * @param partner           the partner
         * @param entitlementNumber as typed
         * @param plan              as typed, or null
         * @param userTier          as sent, or null
         * @param billingCycle      as typed, or null
         * @param when              as typed, or null
         * @param requestId         R23: the request it fulfils, as typed, or null
         * @return the command
         */
        public static ChangePlan parse(PartnerId partner, String entitlementNumber, String plan, Integer userTier,
                                       String billingCycle, String when, String requestId) {
            Fields f = new Fields();
            RequestId fulfilled = f.optional(Requests.REQUEST_ID, requestId, RequestId::parse);
            EntitlementNumber n = Inputs.entitlementNumber(f, entitlementNumber);
            Plan p = Inputs.optionalEnum(f, "plan", Plan.class, plan, null);
            Integer tier = userTier == null ? null : f.parse("userTier", () -> Numbers.inRange(userTier, 1, Order.MAX_USER_TIER));
            BillingCycle cycle = Inputs.optionalEnum(f, "billingCycle", BillingCycle.class, billingCycle, null);
            ChangeTiming timing = Inputs.optionalEnum(f, "when", ChangeTiming.class, when, null);
            if (plan == null && userTier == null && billingCycle == null) {
                f.add("plan", FieldErrorCode.REQUIRED, "name at least one of plan, userTier and billingCycle");
            }
            f.throwIfAny();
            return new ChangePlan(partner, n, p, tier, cycle, timing, fulfilled);
        }
    }

    /**
     * R23: a page of the partner's requests.
     *
     * @param partner the partner
     * @param status  only requests in this state, or null for all
     * @param cursor  where the previous page ended, or null
     * @param limit   the page size
     */
    record ListRequests(PartnerId partner, RequestStatus status, Cursor cursor, int limit) {
        /**
         * Checks the partner.
         *
         * @param partner the partner
         * @param status  only requests in this state, or null
         * @param cursor  where the previous page ended, or null
         * @param limit   the page size
         */
        public ListRequests {
            Objects.requireNonNull(partner, "partner");
        }

        /**
         * @param partner the partner
         * @return the first page of all its requests, 50 of them
         */
        public static ListRequests of(PartnerId partner) {
            return new ListRequests(partner, null, null, Inputs.DEFAULT_LIMIT);
        }

        /**
         * @param only the state listed
         * @return the same list, in that state only
         */
        public ListRequests status(RequestStatus only) {
            return new ListRequests(partner, only, cursor, limit);
        }

        /**
         * @param partner the partner
         * @param status  as typed, or null
         * @param cursor  as typed, or null
         * @param limit   as sent, or null
         * @return the command
         */
        public static ListRequests parse(PartnerId partner, String status, String cursor, Integer limit) {
            Fields f = new Fields();
            RequestStatus st = Inputs.optionalEnum(f, "status", RequestStatus.class, status, null);
            Cursor c = Inputs.cursor(f, cursor);
            int l = Inputs.limit(f, limit);
            f.throwIfAny();
            return new ListRequests(partner, st, c, l);
        }
    }

    /**
     * R23: the partner's answer to a request.
     *
     * @param partner the partner
     * @param request the request
     * @param status  DONE or DECLINED
     * @param note    what the partner writes, or null (at most 1,000 characters)
     */
    record ResolveRequest(PartnerId partner, RequestId request, RequestStatus status, String note) {
        /**
         * Checks the parts.
         *
         * @param partner the partner
         * @param request the request
         * @param status  DONE or DECLINED
         * @param note    what the partner writes, or null
         */
        public ResolveRequest {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(status, "status");
            if (status == RequestStatus.OPEN) {
                throw ValidationException.of("status", FieldErrorCode.NOT_ONE_OF, "must be one of DONE, DECLINED");
            }
            String raw = note;
            note = Fields.single("note", () -> Requests.text(raw, RequestRules.MAX_NOTE_LENGTH));
        }

        /**
         * @param partner the partner
         * @param request the request
         * @return the answer DONE
         */
        public static ResolveRequest done(PartnerId partner, RequestId request) {
            return new ResolveRequest(partner, request, RequestStatus.DONE, null);
        }

        /**
         * @param partner the partner
         * @param request the request
         * @return the answer DECLINED
         */
        public static ResolveRequest declined(PartnerId partner, RequestId request) {
            return new ResolveRequest(partner, request, RequestStatus.DECLINED, null);
        }

        /**
         * @param text what the partner writes
         * @return the same answer, with its note
         */
        public ResolveRequest note(String text) {
            return new ResolveRequest(partner, request, status, text);
        }

        /**
         * @param partner   the partner
         * @param requestId as typed (the path)
         * @param status    as typed
         * @param note      as typed, or null
         * @return the command
         */
        public static ResolveRequest parse(PartnerId partner, String requestId, String status, String note) {
            RequestId id = Fields.single("requestId", () -> RequestId.parse(requestId));
            Fields f = new Fields();
            RequestStatus st = f.parse("status", () -> {
                if (status == null) {
                    throw io.partnerportal.core.domain.error.InvalidValueException.required("is required");
                }
                RequestStatus v = io.partnerportal.core.domain.value.Enums.parse(RequestStatus.class, status);
                if (v == RequestStatus.OPEN) {
                    throw new io.partnerportal.core.domain.error.InvalidValueException(FieldErrorCode.NOT_ONE_OF,
                            "must be one of DONE, DECLINED");
                }
                return v;
            });
            String text = f.parse("note", () -> Requests.text(note, RequestRules.MAX_NOTE_LENGTH));
            f.throwIfAny();
            return new ResolveRequest(partner, id, st, text);
        }
    }

    // ---- views ----

    /**
     * @param id   the account's id
     * @param name its name
     */
    record BillingAccountView(String id, String name) {
    }

    /**
     * @param site       the site
     * @param migratedOn the day it moved to the new billing platform
     */
    record SiteMigration(String site, LocalDate migratedOn) {
    }
}
