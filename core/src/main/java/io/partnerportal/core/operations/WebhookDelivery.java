package io.partnerportal.core.operations;

/** The webhook outbox's delivery loop (R20), run by the application's scheduler. */
public interface WebhookDelivery {

    /**
     * Claims due deliveries (each endpoint's oldest pending one), sends them, records each outcome.
     *
     * @return what the pass did
     */
    Report deliverDue();

    /**
     * What this instance's passes did since it started, by event type (metrics).
     *
     * @return the counts per event type that had a delivery
     */
    java.util.Map<String, NotificationDelivery.Tally> tally();

    /**
     * What one pass did.
     *
     * @param claimed deliveries claimed
     * @param sent    answered 2xx
     * @param retried failed, to be tried again
     * @param dead    failed for the last time
     */
    record Report(int claimed, int sent, int retried, int dead) {
    }
}
