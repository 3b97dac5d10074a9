package io.partnerportal.core.application;

import io.partnerportal.core.domain.subscription.SubscriptionKind;

/**
 * A linked subscription as the portal shows it (SPEC §2): a link when the contact can open it,
 * plain text otherwise.
 *
 * @param relation APP, COLLECTION, INCLUDED_PRODUCT or HOST, seen from the subscription shown
 */
public record LinkedView(String entitlementNumber, String productName, SubscriptionKind kind, String relation,
                         boolean canOpen) {
}
