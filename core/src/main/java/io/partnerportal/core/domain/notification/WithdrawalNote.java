package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.cancellation.CancellationOutcome;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;

/**
 * What a cancellation email tells its reader about undoing it, depending on how the reader is
 * concerned (R7): only a contact of a product or app cancelled directly can withdraw it in the
 * portal; a collection's and its included products' cancellations are the billing partner's; an
 * app cancelled with its host comes back if the host's cancellation is withdrawn.
 */
public enum WithdrawalNote {
    /** Nothing to say: the email is not about a pending cancellation of theirs. */
    NONE,
    /** They can withdraw it in the portal until it takes effect. */
    IN_PORTAL,
    /** Their billing partner can withdraw it. */
    ASK_PARTNER,
    /** Their app comes back if the cancellation it follows is withdrawn. */
    WITH_HOST;

    /**
     * Item 8 of the cancellation emails: only a contact of a product or app cancelled directly can
     * withdraw it in the portal; a collection's cancellation is the partner's to withdraw; an app
     * cancelled with its host comes back if the host's cancellation is withdrawn.
     *
     * @param reader  the person the email is for
     * @param outcome the cancellation
     * @return what their email says about undoing it
     */
    public static WithdrawalNote forReader(PersonId reader, CancellationOutcome outcome) {
        SubscriptionState target = outcome.subscription();
        boolean collection = target.kind() == SubscriptionKind.COLLECTION;
        if (target.contacts().contains(reader)) {
            return collection ? ASK_PARTNER : IN_PORTAL;
        }
        boolean app = false;
        for (SubscriptionState s : outcome.cancelled()) {
            if (s.contacts().contains(reader)) {
                if (s.kind() != SubscriptionKind.APP) {
                    return ASK_PARTNER;
                }
                app = true;
            }
        }
        if (app) {
            return WITH_HOST;
        }
        boolean kept = outcome.kept().stream().anyMatch(k -> k.contacts().contains(reader));
        return kept ? ASK_PARTNER : NONE;
    }
}
