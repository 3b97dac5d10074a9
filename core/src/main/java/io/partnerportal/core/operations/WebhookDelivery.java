package io.partnerportal.core.operations;

import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.DeliveryTally;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.port.out.WebhookStore;
import java.time.Clock;
import java.util.Map;

/** The webhook outbox's delivery loop (R20), run by the application's scheduler. */
public interface WebhookDelivery {

    /**
     * The webhook outbox's loop over the ports it calls; {@link io.partnerportal.core.Core} wires it.
     *
     * @param webhooks the endpoints and their deliveries
     * @param events   the events the deliveries carry
     * @param sender   POSTs one event to one endpoint
     * @param clock    the clock
     * @param claimant names this instance in its claims
     * @param log      where failed attempts and dead deliveries are logged
     * @return the port
     */
    static WebhookDelivery create(WebhookStore webhooks, PartnerEventStore events, WebhookSender sender, Clock clock,
                                  String claimant, System.Logger log) {
        return new WebhookDeliveryService(webhooks, events, sender, clock, claimant, log);
    }

    /**
     * Claims due deliveries (each endpoint's oldest pending one), sends them, records each outcome.
     *
     * @return what the pass did
     */
    DeliveryReport deliverDue();

    /**
     * What this instance's passes did since it started, by event type (metrics).
     *
     * @return the counts per event type that had a delivery
     */
    Map<String, DeliveryTally> tally();
}
