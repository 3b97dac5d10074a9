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
import io.partnerportal.core.domain.value.Ids;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The stored form of {@link HistoryDetail}: key=value pairs with the keys every stored line has
 * used, so lines written before details were typed read back the same.
 */
public final class HistoryDetails {
    private HistoryDetails() {
    }

    /**
     * Reads a stored line back; a value the line lacks is null.
     *
     * @param action the stored action
     * @param f      the stored pairs
     * @return the typed detail
     */
    public static HistoryDetail decode(HistoryAction action, Map<String, String> f) {
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
            case PLAN_CHANGED, CHANGE_SCHEDULED -> new PlanChangeDetail(action, get(f, "plan", Plan::valueOf),
                    Integer.parseInt(f.get("userTier")), get(f, "billingCycle", BillingCycle::valueOf),
                    get(f, "effectiveOn", LocalDate::parse));
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
    static Map<String, String> fields(Object... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                out.put((String) keysAndValues[i], value.toString());
            }
        }
        return out;
    }

    static void require(HistoryAction action, HistoryAction... allowed) {
        if (!List.of(allowed).contains(action)) {
            throw new IllegalArgumentException(action + " is not one of " + List.of(allowed));
        }
    }
}
