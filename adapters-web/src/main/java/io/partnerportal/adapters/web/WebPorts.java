package io.partnerportal.adapters.web;

import io.partnerportal.core.operations.DevMailbox;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.signin.SignIn;
import io.partnerportal.core.support.SupportOperations;
import java.util.Objects;

/**
 * The core's driving ports the web adapter calls: the partner API's (partner and support
 * operations, webhooks and the events feed, API keys, idempotency) and the customer portal's (portal, sign-in, dev mailbox).
 */
public record WebPorts(
        PartnerOperations partnerOperations,
        SupportOperations supportOperations,
        ApiAuthentication apiAuthentication,
        Idempotency idempotency,
        CustomerPortal customerPortal,
        SignIn signIn,
        DevMailbox devMailbox,
        PartnerIntegrations partnerIntegrations) {

    public WebPorts {
        Objects.requireNonNull(partnerOperations, "partnerOperations");
        Objects.requireNonNull(supportOperations, "supportOperations");
        Objects.requireNonNull(apiAuthentication, "apiAuthentication");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(customerPortal, "customerPortal");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(devMailbox, "devMailbox");
        Objects.requireNonNull(partnerIntegrations, "partnerIntegrations");
    }
}
