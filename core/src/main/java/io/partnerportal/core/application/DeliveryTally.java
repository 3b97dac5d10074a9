package io.partnerportal.core.application;

/**
 * What an instance's delivery passes did to the rows of one type, for operators' counters:
 * {@code attempted} rows handed to the mail server or the endpoint; of these, {@code sent} accepted
 * and {@code retried} failed with another try to come; {@code dead} rows that gave up (a failed last
 * attempt, a permanent failure, or a row that could not be attempted: a sign-in link that expired
 * unsent, an endpoint deleted).
 *
 * @param attempted rows handed to the far end
 * @param sent      of these, accepted
 * @param retried   of these, failed with another try to come
 * @param dead      rows that gave up
 */
public record DeliveryTally(long attempted, long sent, long retried, long dead) {
}
