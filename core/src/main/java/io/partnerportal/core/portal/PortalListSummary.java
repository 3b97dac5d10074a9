package io.partnerportal.core.portal;

import io.partnerportal.core.domain.subscription.ListTab;
import java.util.List;

/** SPEC §6.3's list page, part of {@link CustomerPortal}: the counts per tab and the choices of its filters. */
public interface PortalListSummary {

    /**
     * @param command the viewer and the filter (the tab and the cursor do not change it)
     * @return how many rows each tab holds under the filter, and what the filters can choose
     */
    ListSummary summary(PortalQueryCommands.ListSubscriptions command);

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
}
