package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.value.Enums;

/**
 * R19: what a contact of a subscription may do. Both see the same; only a manager cancels,
 * withdraws, sets up and adds or removes contacts. A subscription keeps at least one manager.
 */
public enum ContactRole {
    /** Sees and manages the subscription. */
    MANAGER,
    /** Sees the subscription, changes nothing. */
    VIEWER;

    /**
     * @param raw what a caller typed; null or blank means {@link #MANAGER}, the default
     * @return the role
     */
    public static ContactRole parseOrDefault(String raw) {
        return raw == null || raw.isBlank() ? MANAGER : Enums.parse(ContactRole.class, raw);
    }
}
