package io.partnerportal.adapters.web;

import io.javalin.http.Context;
import io.partnerportal.adapters.web.ForwardedHeaders.Client;
import io.partnerportal.core.port.out.TraceContext;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * What each request carries from its first handler to its access-log line: the client (the
 * connection, or what a trusted proxy says of it: {@link ForwardedHeaders}), a request id — the
 * {@code X-Request-Id} a trusted proxy sent when it is a sane token, else a new one — and its W3C
 * trace context: the trace of the {@code traceparent} a trusted proxy sent when it is well formed,
 * else a new trace, with a new span for this request. They go into the SLF4J MDC ({@code requestId},
 * {@code client}, {@code trace_id}, {@code span_id}) for every log line written while the request is
 * handled; the id is echoed in the response's {@code X-Request-Id} and the trace in its
 * {@code traceparent} (this request's span as the parent).
 */
final class RequestContext {
    static final String HEADER = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";
    static final String MDC_REQUEST_ID = "requestId";
    static final String MDC_CLIENT = "client";
    /** The names OpenTelemetry's log correlation uses, so log tools find them where they look. */
    static final String MDC_TRACE_ID = "trace_id";
    static final String MDC_SPAN_ID = "span_id";
    /** What a proxy's id may look like to be kept: a token of common id characters, no spaces or quotes. */
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+=/-]{0,127}");
    private static final String CLIENT = RequestContext.class.getName() + ".client";
    /** The {@code traceparent} of the request this thread is handling, for the core's {@link #TRACE} (O4). */
    private static final ThreadLocal<String> CURRENT_TRACE = new ThreadLocal<>();
    /**
     * The core's view of the trace under way: the request this thread handles, with its own span as
     * the parent, so an email or a webhook delivery the request queues names the request's span.
     */
    static final TraceContext TRACE = () -> Optional.ofNullable(CURRENT_TRACE.get());

    private final ForwardedHeaders forwarded;

    RequestContext(TrustedProxies trusted) {
        this.forwarded = new ForwardedHeaders(trusted);
    }

    /** The first handler of every request. */
    void begin(Context ctx) {
        Client client = client(ctx);
        String sent = client.viaTrustedProxy() ? ctx.header(HEADER) : null;
        String id = sent != null && SANE_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        TraceParent trace = TraceParent.continueOrStart(client.viaTrustedProxy() ? ctx.header(TRACEPARENT) : null);
        MDC.put(MDC_REQUEST_ID, id);
        MDC.put(MDC_CLIENT, client.address());
        MDC.put(MDC_TRACE_ID, trace.traceId());
        MDC.put(MDC_SPAN_ID, trace.spanId());
        ctx.header(HEADER, id);
        ctx.header(TRACEPARENT, trace.header());
        CURRENT_TRACE.set(trace.header());
    }

    /** The client of this request, resolved once. */
    Client client(Context ctx) {
        Client known = ctx.attribute(CLIENT);
        if (known != null) {
            return known;
        }
        Client client = forwarded.resolve(ctx.req().getRemoteAddr(), ctx.req().getScheme(),
                headers(ctx, "Forwarded"), headers(ctx, "X-Forwarded-For"), headers(ctx, "X-Forwarded-Proto"));
        ctx.attribute(CLIENT, client);
        return client;
    }

    private static List<String> headers(Context ctx, String name) {
        Enumeration<String> values = ctx.req().getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }

    /** Clears the MDC once the server is done with a request, whatever happened in it. */
    static final class MdcCleanup extends Handler.Wrapper {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            try {
                return super.handle(request, response, callback);
            } finally {
                MDC.remove(MDC_REQUEST_ID);
                MDC.remove(MDC_CLIENT);
                MDC.remove(MDC_TRACE_ID);
                MDC.remove(MDC_SPAN_ID);
                CURRENT_TRACE.remove();
            }
        }
    }
}
