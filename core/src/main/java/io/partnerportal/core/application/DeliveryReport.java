package io.partnerportal.core.application;

/**
 * What one delivery pass of an outbox did.
 *
 * @param claimed  rows claimed
 * @param sent     rows delivered
 * @param retried  rows that failed and will be tried again
 * @param dead     rows given up
 * @param released rows claimed but not attempted, to be sent by a later pass (given back, or no
 *                 longer ours)
 */
public record DeliveryReport(int claimed, int sent, int retried, int dead, int released) {
}
