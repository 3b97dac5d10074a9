package io.partnerportal.core.portal;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a signed-in customer contact can see and do (SPEC §5.3). Every command names the viewer;
 * a subscription the viewer cannot see (R11) is "not found" (R15). Each command is built by its
 * {@code parse} from the form as typed, each error naming its form field.
 */
public interface CustomerPortal extends PortalCommands, PortalQueryCommands, PortalPreferences, PortalEmails,
        PortalListSummary {

    /**
     * @param command which tab, which page
     * @return 50 rows, ordered by product, then entitlement number
     */
    Page<Row> list(ListSubscriptions command);

    /**
     * @param command which subscription
     * @return its details page
     */
    Details details(ViewSubscription command);

    /**
     * @param command the cancellation
     * @return the same answer as {@link #cancel}, changing nothing (R5)
     */
    CancellationResult previewCancellation(Cancel command);

    /**
     * @param command the cancellation (R4, R5)
     * @return what it does
     */
    CancellationResult cancel(Cancel command);

    /**
     * @param command the subscription whose cancellation is withdrawn (R7)
     * @return the subscription
     */
    SubscriptionView withdrawCancellation(ViewSubscription command);

    /**
     * @param command which subscription
     * @return where it can be set up: the places the viewer already sees (R10)
     */
    SetUpOptions setUpOptions(ViewSubscription command);

    /**
     * @param command where to set it up (R10)
     * @return the subscription
     */
    SubscriptionView setUp(SetUp command);

    /**
     * @param command which subscription
     * @return its key contacts
     */
    Contacts contacts(ViewSubscription command);

    /**
     * @param command the contact to add (R11)
     * @return the subscription
     */
    SubscriptionView addContact(AddContact command);

    /**
     * Removes a contact (never the last, R11).
     *
     * @param command the contact to remove
     * @return the subscription as it is afterwards, or nothing when the viewer removed themselves and no
     *         longer sees it
     */
    Optional<SubscriptionView> removeContact(RemoveContact command);

    /**
     * @param command which product
     * @return the apps installed on it, each with its details
     */
    List<Details> apps(ViewSubscription command);

    /**
     * @param command which subscription, which page
     * @return its history (R14), newest first
     */
    Page<HistoryItem> history(ViewHistory command);

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
     */
    record Details(SubscriptionView subscription, List<LinkedView> linked, String partnerContactEmail,
                   Actions actions) {
        /**
         * Copies the list.
         *
         * @param subscription        the subscription
         * @param linked              its linked subscriptions
         * @param partnerContactEmail the billing partner's key contact
         * @param actions             the buttons
         */
        public Details {
            linked = List.copyOf(linked);
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
     * @param email  the person's email
     * @param name   their name
     * @param locale their language, en or ja
     */
    record Profile(String email, String name, String locale) {
    }
}
