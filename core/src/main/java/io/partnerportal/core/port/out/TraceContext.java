package io.partnerportal.core.port.out;

import java.util.Optional;

/**
 * The W3C trace (Trace Context, {@code traceparent}) the current work is part of, if any: the
 * request a driving adapter is handling on this thread. The core asks it when a change queues
 * emails and webhook deliveries, and keeps the answer with each row, so the email and the POST it
 * becomes later carry the trace of the request that caused them (SPEC §7.4 O4).
 */
public interface TraceContext {

    /**
     * @return the current {@code traceparent} ({@code 00-<trace id>-<parent id>-<flags>}), or empty
     *         when the work is not part of a trace (a scheduled pass, a test)
     */
    Optional<String> traceParent();

    /**
     * What the core keeps: the current {@code traceparent} when it is version {@code 00}'s form
     * (lower-case hex, 55 characters), else nothing - a context that answers something else must not
     * make a change fail or a store refuse a row.
     *
     * @return the current {@code traceparent} when well formed, else empty
     */
    default Optional<String> wellFormedTraceParent() {
        return traceParent().filter(TraceContext::wellFormed);
    }

    /**
     * The one check of a {@code traceparent}: version {@code 00}'s form, lower-case hex, 55 characters.
     * The core keeps only such a value, and a sender writes only such a value into a header.
     *
     * @param value a {@code traceparent}, or null
     * @return whether it is well formed
     */
    static boolean wellFormed(String value) {
        return value != null && value.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    /**
     * No trace, ever: the default of a core wired without one.
     *
     * @return a context that answers empty
     */
    static TraceContext none() {
        return Optional::empty;
    }
}
