package io.partnerportal.core.portal;

import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ContactRole;
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
     * The sheet of a subscription the viewer sees, in one read with the viewer's visibility and role
     * in it (for pages, outside a unit of work); anything else does not exist for them (R15).
     */
    SubscriptionSheets.Sheet sheet(PersonId viewer, EntitlementNumber number, LocalDate today) {
        return sheets.find(number, today, viewer).filter(SubscriptionSheets.Sheet::visibleToViewer)
                .orElseThrow(() -> new NotFoundException("Subscription " + number));
    }

    /** As {@link #sheet}, of a subscription the viewer manages (R19); a viewer is refused {@code VIEWER_ROLE}. */
    SubscriptionSheets.Sheet managedSheet(PersonId viewer, EntitlementNumber number, LocalDate today) {
        SubscriptionSheets.Sheet sheet = sheet(viewer, number, today);
        if (sheet.viewerRole() != ContactRole.MANAGER) {
            throw new RuleRefusedException(ErrorCode.VIEWER_ROLE, number);
        }
        return sheet;
    }

    /**
     * A subscription the viewer sees, with those of it, its hosts and its collection that the viewer
     * is assigned to: all R11 and R19 ask, read without reading everything the viewer sees.
     */
    record Seen(Subscription subscription, Set<EntitlementNumber> assigned, List<Subscription> assignedTo) {
        /** R19: the viewer's role on it. */
        ContactRole role(PersonId viewer) {
            return Visibility.roleOf(viewer, subscription, assignedTo).orElse(ContactRole.VIEWER);
        }
    }

    Seen visible(PersonId viewer, EntitlementNumber number) {
        Subscription s = subscriptions.find(number).orElseThrow(() -> new NotFoundException("Subscription " + number));
        List<EntitlementNumber> asked = new ArrayList<>(s.hosts());
        s.orderedInCollection().ifPresent(asked::add);
        asked.add(s.number());
        Set<EntitlementNumber> assigned = subscriptions.assignedAmong(viewer, asked);
        if (!Visibility.canSee(viewer, s, assigned)) {
            throw new NotFoundException("Subscription " + number);
        }
        List<EntitlementNumber> through = assigned.stream().filter(n -> !n.equals(s.number())).toList();
        List<Subscription> assignedTo = new ArrayList<>(through.isEmpty() ? List.of() : subscriptions.findAll(through));
        if (assigned.contains(s.number())) {
            assignedTo.add(s);
        }
        return new Seen(s, assigned, assignedTo);
    }

    /** A subscription the viewer sees and manages (R19); a viewer is refused {@code VIEWER_ROLE}. */
    Seen managed(PersonId viewer, EntitlementNumber number) {
        Seen seen = visible(viewer, number);
        if (seen.role(viewer) != ContactRole.MANAGER) {
            throw new RuleRefusedException(ErrorCode.VIEWER_ROLE, number);
        }
        return seen;
    }
}
