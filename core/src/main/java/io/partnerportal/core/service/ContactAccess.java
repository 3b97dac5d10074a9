package io.partnerportal.core.service;

import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a contact may reach (R11, R15): what they see; anything else does not exist for them. */
final class ContactAccess {
    private final SubscriptionRepository subscriptions;
    private final SubscriptionSheets sheets;

    ContactAccess(SubscriptionRepository subscriptions, SubscriptionSheets sheets) {
        this.subscriptions = subscriptions;
        this.sheets = sheets;
    }

    /**
     * The sheet of a subscription the viewer sees, in one read with the viewer's visibility in it
     * (for pages, outside a unit of work); anything else does not exist for them (R15).
     */
    SubscriptionSheets.Sheet sheet(PersonId viewer, EntitlementNumber number, LocalDate today) {
        return sheets.find(number, today, viewer).filter(SubscriptionSheets.Sheet::visibleToViewer)
                .orElseThrow(() -> new NotFoundException("Subscription " + number));
    }

    /**
     * A subscription the viewer sees, with those of it, its hosts and its collection that the viewer
     * is assigned to: all R11 asks, read without reading everything the viewer sees.
     */
    record Seen(Subscription subscription, Set<EntitlementNumber> assigned) {
    }

    Seen visible(PersonId viewer, EntitlementNumber number) {
        Subscription s = subscriptions.find(number).orElseThrow(() -> new NotFoundException("Subscription " + number));
        List<EntitlementNumber> asked = new ArrayList<>(List.of(s.number()));
        asked.addAll(s.hosts());
        s.orderedInCollection().ifPresent(asked::add);
        Set<EntitlementNumber> assigned = subscriptions.assignedAmong(viewer, asked);
        if (!Visibility.canSee(viewer, s, assigned)) {
            throw new NotFoundException("Subscription " + number);
        }
        return new Seen(s, assigned);
    }
}
