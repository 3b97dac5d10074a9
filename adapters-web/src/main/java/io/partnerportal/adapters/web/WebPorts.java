package io.partnerportal.adapters.web;

import io.partnerportal.core.port.in.ApiAuthentication;
import io.partnerportal.core.port.in.CustomerPortal;
import io.partnerportal.core.port.in.DevMailbox;
import io.partnerportal.core.port.in.Idempotency;
import io.partnerportal.core.port.in.PartnerIntegrations;
import io.partnerportal.core.port.in.PartnerOperations;
import io.partnerportal.core.port.in.SignIn;
import io.partnerportal.core.port.in.SupportOperations;
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
