package io.partnerportal.core.port.out;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * POSTs a partner's event to its endpoint (R20), signed with the endpoint's secrets, within 10 s,
 * following no redirect; and says whether an address may receive events at all (https, not
 * resolving to loopback, private or link-local addresses unless the operator allows them).
 */
public interface WebhookSender {

    /**
     * What the endpoint answered.
     *
     * @param responseCode the HTTP status, or null when nothing answered
     * @param error        why it failed, or null when it answered 2xx
     */
    record Result(Integer responseCode, String error) {
        /** @return whether the endpoint answered 2xx */
        public boolean succeeded() {
            return error == null;
        }
    }

    /**
     * Checks where an address leads, without sending anything to it.
     *
     * @param url the address
     * @return why it may not receive events, or empty when it may
     */
    Optional<String> refusal(URI url);

    /**
     * Checks the address again (names may now resolve elsewhere), then POSTs the body.
     *
     * @param url     the address
     * @param body    the event's JSON
     * @param secrets the secrets to sign with, the current one first
     * @param now     the signature's time
     * @return what happened
     */
    Result send(URI url, String body, List<String> secrets, Instant now);

    /**
     * As {@link #send(URI, String, List, Instant)}, the request carrying the W3C {@code traceparent}
     * of the request that caused the event (O4). This default, for senders written before, sends
     * without it.
     *
     * @param url         the address
     * @param body        the event's JSON
     * @param secrets     the secrets to sign with, the current one first
     * @param now         the signature's time
     * @param traceParent the {@code traceparent} to send, or null for none
     * @return what happened
     */
    default Result send(URI url, String body, List<String> secrets, Instant now, String traceParent) {
        return send(url, body, secrets, now);
    }
}
