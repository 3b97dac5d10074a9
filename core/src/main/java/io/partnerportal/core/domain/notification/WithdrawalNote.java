package io.partnerportal.core.domain.notification;

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
    WITH_HOST
}
