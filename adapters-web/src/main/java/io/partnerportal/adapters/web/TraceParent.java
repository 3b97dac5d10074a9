package io.partnerportal.adapters.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's place in a W3C trace (Trace Context, {@code traceparent}): the trace it belongs to,
 * this request's own span, and the trace flags. A request continues the trace of a well-formed
 * header — version {@code 00} exactly, or a later version's first four fields; lower-case hex; trace
 * and parent ids not all zeros; never version {@code ff} — and starts a new trace otherwise.
 *
 * @param traceId 32 lower-case hex digits, the whole trace's
 * @param spanId  16 lower-case hex digits, this request's (the parent of what it calls)
 * @param flags   2 hex digits, as the caller sent them ({@code 00} for a new trace: nothing recorded)
 */
record TraceParent(String traceId, String spanId, String flags) {
    private static final Pattern HEADER = Pattern.compile(
            "([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String NO_TRACE = "0".repeat(32);
    private static final String NO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The trace of {@code header} (null when none was sent or believed) with a new span, or a new trace. */
    static TraceParent continueOrStart(String header) {
        if (header != null) {
            Matcher m = HEADER.matcher(header.strip());
            if (m.matches() && !m.group(1).equals("ff") && !(m.group(1).equals("00") && m.group(5) != null)
                    && !m.group(2).equals(NO_TRACE) && !m.group(3).equals(NO_SPAN)) {
                return new TraceParent(m.group(2), newSpanId(), m.group(4));
            }
        }
        return new TraceParent(random(16, NO_TRACE), newSpanId(), "00");
    }

    /** The header that names this request's span as the parent: {@code 00-<trace>-<span>-<flags>}. */
    String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String newSpanId() {
        return random(8, NO_SPAN);
    }

    private static String random(int bytes, String invalid) {
        byte[] b = new byte[bytes];
        String hex;
        do {
            RANDOM.nextBytes(b);
            hex = HexFormat.of().formatHex(b);
        } while (hex.equals(invalid));
        return hex;
    }
}
