/**
 * Webhooks out (R20, S4): Jetty's {@code HttpClient} POSTs partners' events, signed with HMAC-SHA256
 * through {@code javax.crypto}, to addresses that passed the check of where they lead, and to no other.
 */
package io.partnerportal.adapters.web.webhook;
