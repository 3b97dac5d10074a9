package io.partnerportal.core.domain.history;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One history line (R14), typed: a record per {@link HistoryAction} (a plan change, R16: {@link PlanChangeDetail}),
 * carrying what a reader needs; {@link #fields()} is the stored form, read back by {@link HistoryDetails#decode}.
 */
public sealed interface HistoryDetail permits HistoryDetail.Ordered, HistoryDetail.ContactChanged, HistoryDetail.SetUp,
        HistoryDetail.UsageReported, HistoryDetail.BillingAccountChanged, HistoryDetail.SiteMigrated, PlanChangeDetail,
        HistoryDetail.CancellationRequested, HistoryDetail.CascadeScheduled, HistoryDetail.HostChanged,
        HistoryDetail.DetachmentPlanned, HistoryDetail.Reactivated, HistoryDetail.Withdrawn {
    /** @return the action this line records */
    HistoryAction action();

    /** @return the stored form: key=value pairs, in the order a reader reads them */
    Map<String, String> fields();

    /**
     * Ordered by a partner (R12).
     * @param product      the catalogue product
     * @param plan         its plan
     * @param billingCycle its billing cycle
     * @param userTier     its user tier
     * @param startDate    its start date
     * @param collection   the collection it was ordered in, or null
     */
    record Ordered(ProductCode product, Plan plan, BillingCycle billingCycle, int userTier, LocalDate startDate,
                   EntitlementNumber collection) implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.ORDERED;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("product", product, "plan", plan, "billingCycle", billingCycle,
                    "userTier", userTier, "startDate", startDate, "collection", collection);
        }
    }

    /**
     * A contact was added (R11) or removed.
     * @param action  {@link HistoryAction#CONTACT_ASSIGNED} or {@link HistoryAction#CONTACT_REMOVED}
     * @param contact the contact's email
     */
    record ContactChanged(HistoryAction action, EmailAddress contact) implements HistoryDetail {
        /**
         * Checks the action.
         * @param action  {@link HistoryAction#CONTACT_ASSIGNED}, {@link HistoryAction#CONTACT_REMOVED} or a role change
         * @param contact the contact's email
         */
        public ContactChanged {
            HistoryDetails.require(action, HistoryAction.CONTACT_ASSIGNED, HistoryAction.CONTACT_REMOVED,
                    HistoryAction.CONTACT_MADE_MANAGER, HistoryAction.CONTACT_MADE_VIEWER);
            Objects.requireNonNull(contact, "contact");
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("contact", contact);
        }
    }

    /**
     * The partner reported active users.
     * @param activeUsers the number reported
     */
    record UsageReported(int activeUsers) implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.USAGE_REPORTED;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("activeUsers", activeUsers);
        }
    }

    /**
     * Moved between billing accounts (R9); both are named as they were called then.
     * @param from   the account's name before
     * @param to     the account's name after
     * @param fromId the account before
     * @param toId   the account after
     */
    record BillingAccountChanged(String from, String to, BillingAccountId fromId, BillingAccountId toId)
            implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.BILLING_ACCOUNT_CHANGED;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("from", from, "to", to, "fromBillingAccountId", fromId,
                    "toBillingAccountId", toId);
        }
    }

    /**
     * Set up on a site or an organization (R10); exactly one is set.
     * @param site         the site, or null
     * @param organization the organization, or null
     */
    record SetUp(SiteUrl site, OrganizationName organization) implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.SET_UP;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("site", site, "organization", organization);
        }
    }

    /**
     * Its site moved to the new billing platform.
     * @param site       the site
     * @param migratedOn the day it moved
     */
    record SiteMigrated(SiteUrl site, LocalDate migratedOn) implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.SITE_MIGRATED;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("site", site, "migratedOn", migratedOn);
        }
    }

    /**
     * A cancellation was asked for (R4): {@link HistoryAction#CANCELLATION_SCHEDULED} for a later
     * day, {@link HistoryAction#CANCELLED} for today.
     * @param action      which of the two
     * @param effectiveOn when it takes effect
     * @param reason      why, or null
     */
    record CancellationRequested(HistoryAction action, LocalDate effectiveOn, CancellationReason reason)
            implements HistoryDetail {
        /**
         * Checks the action.
         * @param action      which of the two
         * @param effectiveOn when it takes effect
         * @param reason      why, or null
         */
        public CancellationRequested {
            HistoryDetails.require(action, HistoryAction.CANCELLATION_SCHEDULED, HistoryAction.CANCELLED);
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("effectiveOn", effectiveOn, "reason", reason);
        }
    }

    /**
     * Cancelled with a host or its collection (R5, R6).
     * @param effectiveOn when it takes effect
     * @param causedBy    the subscription whose cancellation this follows
     */
    record CascadeScheduled(LocalDate effectiveOn, EntitlementNumber causedBy) implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.CASCADE_CANCELLATION_SCHEDULED;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("effectiveOn", effectiveOn, "causedBy", causedBy);
        }
    }

    /**
     * One of an app's hosts stopped being live, or became live again (R5).
     * @param action {@link HistoryAction#HOST_LOST} or {@link HistoryAction#HOST_RESTORED}
     * @param host   the host
     */
    record HostChanged(HistoryAction action, EntitlementNumber host) implements HistoryDetail {
        /**
         * Checks the action.
         * @param action {@link HistoryAction#HOST_LOST} or {@link HistoryAction#HOST_RESTORED}
         * @param host   the host
         */
        public HostChanged {
            HistoryDetails.require(action, HistoryAction.HOST_LOST, HistoryAction.HOST_RESTORED);
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("host", host);
        }
    }

    /**
     * A kept included product is to continue standalone (R6).
     * @param detachOn   from when
     * @param collection the collection it leaves
     */
    record DetachmentPlanned(LocalDate detachOn, EntitlementNumber collection) implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.DETACHMENT_PLANNED;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("detachOn", detachOn, "collection", collection);
        }
    }

    /**
     * Reactivated by vendor support (R8).
     * @param termStart the new term's first day
     */
    record Reactivated(LocalDate termStart) implements HistoryDetail {
        @Override
        public HistoryAction action() {
            return HistoryAction.REACTIVATED;
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields("termStart", termStart);
        }
    }

    /**
     * Undone, with nothing more to say: a withdrawn cancellation, cascade or detachment (R7), or plan change (R16).
     * @param action what was withdrawn
     */
    record Withdrawn(HistoryAction action) implements HistoryDetail {
        /**
         * Checks the action.
         * @param action what was withdrawn
         */
        public Withdrawn {
            HistoryDetails.require(action, HistoryAction.CANCELLATION_WITHDRAWN, HistoryAction.CHANGE_WITHDRAWN,
                    HistoryAction.CASCADE_CANCELLATION_WITHDRAWN, HistoryAction.DETACHMENT_WITHDRAWN);
        }
        @Override
        public Map<String, String> fields() {
            return HistoryDetails.fields();
        }
    }
}
