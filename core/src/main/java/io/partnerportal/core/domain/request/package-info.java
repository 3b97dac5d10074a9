/**
 * Requests to the billing partner (R23): what a manager contact asks the partner who bills a
 * subscription ({@link io.partnerportal.core.domain.request.RequestWish}), the request and its states
 * ({@link io.partnerportal.core.domain.request.PartnerRequest}), and the rules about asking and
 * answering ({@link io.partnerportal.core.domain.request.RequestRules}). No request changes a
 * subscription by itself: the partner stays the one who bills.
 */
package io.partnerportal.core.domain.request;
