package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signed-in customer contact can see and do (SPEC §5.3). Every command names the viewer;
 * a subscription the viewer cannot see (R11) is "not found" (R15). Text inputs arrive as typed and
 * are validated here, each error naming its form field.
 */
public interface CustomerPortal {

    /** The list page: 50 rows of one tab, ordered by product, then entitlement number. */
    Page<Row> list(ListSubscriptions command);

    Details details(ViewSubscription command);

    /** The same answer as {@link #cancel}, changing nothing (R5). */
    CancellationResult previewCancellation(Cancel command);

    CancellationResult cancel(Cancel command);

    SubscriptionView withdrawCancellation(ViewSubscription command);

    /** Where the subscription can be set up: the sites or organizations the viewer already sees (R10). */
    SetUpOptions setUpOptions(ViewSubscription command);

    SubscriptionView setUp(SetUp command);

    Contacts contacts(ViewSubscription command);

    SubscriptionView addContact(AddContact command);

    /**
     * Removes a contact (never the last, R11). Gives the subscription as it is afterwards, or
     * nothing when the viewer removed themselves and no longer sees it.
     */
    Optional<SubscriptionView> removeContact(RemoveContact command);

    /** The apps installed on a product, each with its details. */
    List<Details> apps(ViewSubscription command);

    Page<HistoryItem> history(ViewHistory command);

    Profile profile(PersonId viewer);

    Profile updateProfile(UpdateProfile command);

    // ---- commands ----

    record ListSubscriptions(PersonId viewer, ListTab tab, String cursor) {
        public ListSubscriptions {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(tab, "tab");
        }
    }

    record ViewSubscription(PersonId viewer, String entitlementNumber) {
        public ViewSubscription {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    /** {@code when}: END_OF_TERM (default when null) or IMMEDIATE; {@code reason} optional. */
    record Cancel(PersonId viewer, String entitlementNumber, String when, String reason) {
        public Cancel {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    /** Exactly one of an existing site, a new site name, or an existing organization. */
    record SetUp(PersonId viewer, String entitlementNumber, String existingSite, String newSiteName,
                 String organization) {
        public SetUp {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    record AddContact(PersonId viewer, String entitlementNumber, String email, String name, String locale) {
        public AddContact {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    record RemoveContact(PersonId viewer, String entitlementNumber, String email) {
        public RemoveContact {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    record ViewHistory(PersonId viewer, String entitlementNumber, String cursor) {
        public ViewHistory {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    record UpdateProfile(PersonId viewer, String name, String locale) {
        public UpdateProfile {
            Objects.requireNonNull(viewer, "viewer");
        }
    }

    // ---- views ----

    /** One list row: what the list shows, linked subscriptions included. */
    record Row(String entitlementNumber, SubscriptionKind kind, String productName, Plan plan, int userTier,
               SubscriptionStatus status, Long daysUntilRenewal, Long daysUntilStart, LocalDate cancelsOn,
               String partnerName, List<LinkedView> linked) {
        public Row {
            linked = List.copyOf(linked);
        }
    }

    /** What the viewer may do with the subscription shown. */
    record Actions(boolean canBeginSetUp, boolean canCancel, boolean canWithdrawCancellation,
                   boolean contactBillingPartner) {
    }

    /** The details page: the subscription, its linked subscriptions, the partner's key contact, the buttons. */
    record Details(SubscriptionView subscription, List<LinkedView> linked, String partnerContactEmail,
                   Actions actions) {
        public Details {
            linked = List.copyOf(linked);
        }
    }

    record SetUpOptions(SubscriptionView subscription, ProductScope scope, List<String> sites,
                        List<String> organizations, String siteDomain) {
        public SetUpOptions {
            sites = List.copyOf(sites);
            organizations = List.copyOf(organizations);
        }
    }

    /** Key contacts: the billing partner and the customer contacts. */
    record Contacts(SubscriptionView subscription, String partnerName, String partnerContactEmail,
                    List<SubscriptionView.ContactView> contacts) {
        public Contacts {
            contacts = List.copyOf(contacts);
        }
    }

    record Profile(String email, String name, String locale) {
    }
}
