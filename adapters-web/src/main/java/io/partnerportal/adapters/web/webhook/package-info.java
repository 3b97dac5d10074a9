/**
 * Webhooks out (R20): the JDK's {@code java.net.http.HttpClient} POSTs partners' events, signed
 * with HMAC-SHA256 through {@code javax.crypto}, after checking where the address leads.
 */
package io.partnerportal.adapters.web.webhook;
