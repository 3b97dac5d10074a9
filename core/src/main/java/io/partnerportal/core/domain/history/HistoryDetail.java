package io.partnerportal.core.domain.history;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.value.Ids;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One history line (R14), typed: a record per {@link HistoryAction} ,
 * carrying what a reader needs; {@link #fields()} is the stored form, read back by {@link #decode}, with the keys every stored line has
 * used, so lines written before details were typed read back the same.
 */
public sealed interface HistoryDetail permits HistoryDetail.Ordered, HistoryDetail.ContactChanged, HistoryDetail.SetUp,
        HistoryDetail.UsageReported, HistoryDetail.BillingAccountChanged, HistoryDetail.SiteMigrated, HistoryDetail.PlanChanged,
        HistoryDetail.CancellationRequested, HistoryDetail.CascadeScheduled, HistoryDetail.HostChanged,
        HistoryDetail.DetachmentPlanned, HistoryDetail.Reactivated, HistoryDetail.Withdrawn,
        HistoryDetail.RequestRecorded {
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
            return pairs("product", product, "plan", plan, "billingCycle", billingCycle,
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
            requireOneOf(action, HistoryAction.CONTACT_ASSIGNED, HistoryAction.CONTACT_REMOVED,
                    HistoryAction.CONTACT_MADE_MANAGER, HistoryAction.CONTACT_MADE_VIEWER);
            Objects.requireNonNull(contact, "contact");
        }
        @Override
        public Map<String, String> fields() {
            return pairs("contact", contact);
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
            return pairs("activeUsers", activeUsers);
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
            return pairs("from", from, "to", to, "fromBillingAccountId", fromId,
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
            return pairs("site", site, "organization", organization);
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
            return pairs("site", site, "migratedOn", migratedOn);
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
            requireOneOf(action, HistoryAction.CANCELLATION_SCHEDULED, HistoryAction.CANCELLED);
        }
        @Override
        public Map<String, String> fields() {
            return pairs("effectiveOn", effectiveOn, "reason", reason);
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
            return pairs("effectiveOn", effectiveOn, "causedBy", causedBy);
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
            requireOneOf(action, HistoryAction.HOST_LOST, HistoryAction.HOST_RESTORED);
        }
        @Override
        public Map<String, String> fields() {
            return pairs("host", host);
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
            return pairs("detachOn", detachOn, "collection", collection);
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
            return pairs("termStart", termStart);
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
            requireOneOf(action, HistoryAction.CANCELLATION_WITHDRAWN, HistoryAction.CHANGE_WITHDRAWN,
                    HistoryAction.CASCADE_CANCELLATION_WITHDRAWN, HistoryAction.DETACHMENT_WITHDRAWN);
        }
        @Override
        public Map<String, String> fields() {
            return pairs();
        }
    }

    /**
     * R16: the plan, user tier and billing cycle a subscription changed to, or will change to on a date.
     *
     * @param action       {@link HistoryAction#PLAN_CHANGED} or {@link HistoryAction#CHANGE_SCHEDULED}
     * @param plan         the plan
     * @param userTier     the user tier
     * @param billingCycle the billing cycle
     * @param effectiveOn  the day it applies
     */
    record PlanChanged(HistoryAction action, Plan plan, int userTier, BillingCycle billingCycle,
                                   LocalDate effectiveOn) implements HistoryDetail {
        /**
         * Checks the action.
         *
         * @param action       {@link HistoryAction#PLAN_CHANGED} or {@link HistoryAction#CHANGE_SCHEDULED}
         * @param plan         the plan
         * @param userTier     the user tier
         * @param billingCycle the billing cycle
         * @param effectiveOn  the day it applies
         */
        public PlanChanged {
            requireOneOf(action, HistoryAction.PLAN_CHANGED, HistoryAction.CHANGE_SCHEDULED);
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(billingCycle, "billingCycle");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
        }

        @Override
        public Map<String, String> fields() {
            return pairs("plan", plan, "userTier", userTier, "billingCycle", billingCycle,
                    "effectiveOn", effectiveOn);
        }
    }

    /**
     * R23: a request to the billing partner was asked or answered; the line names the request, what it
     * asks for and where it stands (the message and note stay with the request).
     * @param action    {@link HistoryAction#REQUEST_CREATED} or {@link HistoryAction#REQUEST_RESOLVED}
     * @param request   the request's id
     * @param kind      what it asks for
     * @param status    where it stands after this line
     */
    record RequestRecorded(HistoryAction action, RequestId request, RequestKind kind, RequestStatus status)
            implements HistoryDetail {
        /**
         * Checks the action.
         * @param action  {@link HistoryAction#REQUEST_CREATED} or {@link HistoryAction#REQUEST_RESOLVED}
         * @param request the request's id
         * @param kind    what it asks for
         * @param status  where it stands after this line
         */
        public RequestRecorded {
            requireOneOf(action, HistoryAction.REQUEST_CREATED, HistoryAction.REQUEST_RESOLVED);
        }

        /**
         * @param r a request, just asked or just answered
         * @return its line
         */
        public static RequestRecorded of(PartnerRequest r) {
            return new RequestRecorded(r.isOpen() ? HistoryAction.REQUEST_CREATED : HistoryAction.REQUEST_RESOLVED,
                    r.id(), r.wish().kind(), r.status());
        }

        @Override
        public Map<String, String> fields() {
            return pairs("request", request, "kind", kind, "status", status);
        }
    }

    /**
     * Reads a stored line back; a value the line lacks is null.
     *
     * @param action the stored action
     * @param f      the stored pairs
     * @return the typed detail
     */
    static HistoryDetail decode(HistoryAction action, Map<String, String> f) {
        return switch (action) {
            case ORDERED -> new HistoryDetail.Ordered(get(f, "product", ProductCode::new),
                    get(f, "plan", Plan::valueOf), get(f, "billingCycle", BillingCycle::valueOf),
                    f.containsKey("userTier") ? Integer.parseInt(f.get("userTier")) : 0,
                    get(f, "startDate", LocalDate::parse), get(f, "collection", EntitlementNumber::new));
            case CONTACT_ASSIGNED, CONTACT_REMOVED, CONTACT_MADE_MANAGER, CONTACT_MADE_VIEWER ->
                    new HistoryDetail.ContactChanged(action,
                    get(f, "contact", EmailAddress::new));
            case USAGE_REPORTED -> new HistoryDetail.UsageReported(Integer.parseInt(f.get("activeUsers")));
            case BILLING_ACCOUNT_CHANGED -> new HistoryDetail.BillingAccountChanged(f.get("from"), f.get("to"),
                    get(f, "fromBillingAccountId", s -> new BillingAccountId(Ids.parse(s))),
                    get(f, "toBillingAccountId", s -> new BillingAccountId(Ids.parse(s))));
            case SET_UP -> new HistoryDetail.SetUp(get(f, "site", SiteUrl::of),
                    get(f, "organization", OrganizationName::new));
            case SITE_MIGRATED -> new HistoryDetail.SiteMigrated(get(f, "site", SiteUrl::of),
                    get(f, "migratedOn", LocalDate::parse));
            case CANCELLATION_SCHEDULED, CANCELLED -> new HistoryDetail.CancellationRequested(action,
                    get(f, "effectiveOn", LocalDate::parse), get(f, "reason", CancellationReason::valueOf));
            case CASCADE_CANCELLATION_SCHEDULED -> new HistoryDetail.CascadeScheduled(
                    get(f, "effectiveOn", LocalDate::parse), get(f, "causedBy", EntitlementNumber::new));
            case HOST_LOST, HOST_RESTORED -> new HistoryDetail.HostChanged(action,
                    get(f, "host", EntitlementNumber::new));
            case DETACHMENT_PLANNED -> new HistoryDetail.DetachmentPlanned(get(f, "detachOn", LocalDate::parse),
                    get(f, "collection", EntitlementNumber::new));
            case REACTIVATED -> new HistoryDetail.Reactivated(get(f, "termStart", LocalDate::parse));
            case CANCELLATION_WITHDRAWN, CASCADE_CANCELLATION_WITHDRAWN, DETACHMENT_WITHDRAWN, CHANGE_WITHDRAWN ->
                    new HistoryDetail.Withdrawn(action);
            case PLAN_CHANGED, CHANGE_SCHEDULED -> new PlanChanged(action, get(f, "plan", Plan::valueOf),
                    Integer.parseInt(f.get("userTier")), get(f, "billingCycle", BillingCycle::valueOf),
                    get(f, "effectiveOn", LocalDate::parse));
            case REQUEST_CREATED, REQUEST_RESOLVED -> new RequestRecorded(action,
                    get(f, "request", RequestId::parse), get(f, "kind", RequestKind::valueOf),
                    get(f, "status", RequestStatus::valueOf));
        };
    }

    private static <T> T get(Map<String, String> f, String key, Function<String, T> parse) {
        String v = f.get(key);
        return v == null ? null : parse.apply(v);
    }

    /**
     * @param keysAndValues key, value, key, value...; null values are left out
     * @return the pairs, in order
     */
    private static Map<String, String> pairs(Object... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                out.put((String) keysAndValues[i], value.toString());
            }
        }
        return out;
    }

    private static void requireOneOf(HistoryAction action, HistoryAction... allowed) {
        if (!List.of(allowed).contains(action)) {
            throw new IllegalArgumentException(action + " is not one of " + List.of(allowed));
        }
    }
}
