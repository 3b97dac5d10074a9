package io.partnerportal.core.application;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.party.ActorKind;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One history line (R14) as shown to the subscription's contacts and partner: people, accounts and
 * products by name, never by internal id.
 *
 * @param entitlementNumber the subscription
 * @param at                when it happened
 * @param actorKind         who acted: a contact, the partner, vendor support or the portal
 * @param actorId           the actor's stable id, for machines (a person, partner or support key id)
 * @param actor             who acted, for people: a contact's email, the partner's name, "vendor support",
 *                          "the portal"
 * @param action            what happened
 * @param details           what a reader needs, by name, in reading order (dates ISO, products by name)
 * @param detail            the same, typed
 */
public record HistoryItem(String entitlementNumber, Instant at, ActorKind actorKind, String actorId, String actor,
                          HistoryAction action, Map<String, String> details, HistoryDetail detail) {
    /**
     * Copies the details, keeping their order.
     *
     * @param entitlementNumber the subscription
     * @param at                when it happened
     * @param actorKind         who acted: a contact, the partner, vendor support or the portal
     * @param actorId           the actor's stable id, for machines (a person, partner or support key id)
     * @param actor             who acted, for people: a contact's email, the partner's name, "vendor support",
     *                          "the portal"
     * @param action            what happened
     * @param details           what a reader needs, by name, in reading order (dates ISO, products by name)
     * @param detail            the same, typed
     */
    public HistoryItem {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
