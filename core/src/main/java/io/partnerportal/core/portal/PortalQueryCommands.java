package io.partnerportal.core.portal;

import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import java.util.Objects;

/**
 * The commands of {@link CustomerPortal} that read (read as {@code CustomerPortal.ViewSubscription}...),
 * each built by its {@code parse} from what the page was asked for.
 */
public interface PortalQueryCommands {
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
}
