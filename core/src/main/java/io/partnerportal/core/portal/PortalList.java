package io.partnerportal.core.portal;

import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.subscription.Terms;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.portal.PortalListSummary;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.ContactListQuery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact's list page (SPEC §5.3, §6.3): one tab, 50 rows, by product then entitlement number
 * (R2, R3, R11), narrowed by a search and filters, with the counts per tab.
 */
public final class PortalList {
    public static final int PAGE_SIZE = 50;

    private final Work work;
    private final ContactListQuery query;

    public PortalList(Work work, ContactListQuery query) {
        this.work = work;
        this.query = query;
    }

    public Page<CustomerPortal.Row> list(CustomerPortal.ListSubscriptions c) {
        ContactListQuery.Position after = c.cursor() == null ? null : Fields.single("cursor", () -> {
            List<String> parts = c.cursor().parts(2);
            return new ContactListQuery.Position(parts.get(0), EntitlementNumber.parse(parts.get(1)));
        });
        LocalDate today = work.today();
        return Page.of(query.page(c.viewer(), c.tab(), today, c.filter(), after, PAGE_SIZE + 1), PAGE_SIZE,
                last -> Cursor.of(last.productName(), last.number().value()),
                rows -> rows.stream().map(r -> row(r, today)).toList());
    }

    /**
     * The counts per tab under the whole filter, from one tally of the viewer's rows; the choices of
     * each filter are every partner and product the viewer sees, whatever is chosen, so that a choice
     * never vanishes from its own list.
     */
    public PortalListSummary.ListSummary summary(CustomerPortal.ListSubscriptions c) {
        List<ContactListQuery.Tally> tallies = query.tally(c.viewer(), work.today(), c.filter().search());
        int active = 0;
        int inactive = 0;
        int upcoming = 0;
        Map<String, String> partners = new HashMap<>();
        Map<String, String> products = new HashMap<>();
        for (ContactListQuery.Tally t : tallies) {
            partners.put(t.partner().toString(), t.partnerName());
            products.put(t.product().value(), t.productName());
            if (t.found() && c.filter().admits(t.partner(), t.product())) {
                active += t.active();
                inactive += t.inactive();
                upcoming += t.upcoming();
            }
        }
        return new PortalListSummary.ListSummary(active, inactive, upcoming, choices(partners), choices(products));
    }

    private static List<PortalListSummary.Choice> choices(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> new PortalListSummary.Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(PortalListSummary.Choice::label)
                        .thenComparing(PortalListSummary.Choice::value))
                .toList();
    }

    private static CustomerPortal.Row row(ContactListQuery.Row r, LocalDate today) {
        SubscriptionStatus status = SubscriptionStatus.of(r.cancellationOn(), r.startDate(), today);
        // R16 from the clock: a pending change whose day came is what the subscription is
        PlanChange change = r.pendingChange();
        boolean applied = change != null && change.appliesOn(today);
        Plan plan = applied ? change.plan() : r.plan();
        BillingCycle cycle = applied ? change.billingCycle() : r.billingCycle();
        LocalDate termStart = applied ? change.termStartAfter(r.billingCycle(), r.termStart()) : r.termStart();
        int ownTier = applied ? change.userTier() : r.userTier();
        int tier = r.hostTier() != null ? r.hostTier() : ownTier;
        Long renewal = status == SubscriptionStatus.ACTIVE
                ? Terms.daysUntil(today, Terms.billDate(termStart, cycle, today)) : null;
        Long start = status == SubscriptionStatus.UPCOMING ? Terms.daysUntil(today, r.startDate()) : null;
        LocalDate cancelsOn = status == SubscriptionStatus.CANCELLED ? null : r.cancellationOn();
        List<LinkedView> linked = r.links().stream().map(l -> new LinkedView(l.number().value(), l.productName(),
                l.kind(), l.relation().name(), l.visibleToViewer())).toList();
        SubscriptionView.PendingChangeView pending = change == null || applied ? null
                : new SubscriptionView.PendingChangeView(change.plan(), change.userTier(), change.billingCycle(),
                change.effectiveOn());
        return new CustomerPortal.Row(r.number().value(), r.kind(), r.productName(), plan, tier, status,
                renewal, start, cancelsOn, r.partnerName(), linked, pending);
    }
}
