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
        return create(webhooks, events, sender, clock, claimant, log, 1);
    }

    /**
     * The webhook outbox's loop, POSTing to up to {@code parallelism} endpoints at once (SPEC §7.2
     * V3, V4), each endpoint's deliveries still one at a time and in order; the sender must then be
     * safe to call from several threads.
     *
     * @param webhooks    the endpoints and their deliveries
     * @param events      the events the deliveries carry
     * @param sender      POSTs one event to one endpoint
     * @param clock       the clock
     * @param claimant    names this instance in its claims
     * @param log         where failed attempts and dead deliveries are logged
     * @param parallelism how many endpoints are sent to at once, at least 1 (1: on the calling thread)
     * @return the port
     */
    static WebhookDelivery create(WebhookStore webhooks, PartnerEventStore events, WebhookSender sender, Clock clock,
                                  String claimant, System.Logger log, int parallelism) {
        return new WebhookDeliveryService(webhooks, events, sender, clock, claimant, log, parallelism);
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
