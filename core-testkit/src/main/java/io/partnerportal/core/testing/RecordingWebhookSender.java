package io.partnerportal.core.testing;

import io.partnerportal.core.port.out.WebhookSender;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link WebhookSender} that keeps what it is given instead of POSTing it, answering 200 unless
 * told otherwise. It refuses the addresses a real sender refuses by their look alone (a host
 * {@code localhost}, {@code *.internal}, or a loopback, private or link-local IP literal), and
 * never resolves a name.
 */
public final class RecordingWebhookSender implements WebhookSender {
    /**
     * One POST it was given.
     *
     * @param url     where
     * @param body    what
     * @param secrets signed with
     * @param at      when
     * @param traceParent the {@code traceparent} it carried, or null
     */
    public record Post(URI url, String body, List<String> secrets, Instant at, String traceParent) {
        /**
         * A POST without a trace.
         *
         * @param url     where
         * @param body    what
         * @param secrets signed with
         * @param at      when
         */
        public Post(URI url, String body, List<String> secrets, Instant at) {
            this(url, body, secrets, at, null);
        }
    }

    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private volatile Function<Post, Result> behaviour = p -> new Result(200, null);

    @Override
    public Optional<String> refusal(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            return Optional.of("must be an https URL");
        }
        if (host.equals("localhost") || host.endsWith(".internal") || host.startsWith("127.") || host.startsWith("10.")
                || host.startsWith("192.168.") || host.startsWith("169.254.") || host.equals("::1")) {
            return Optional.of("must not lead to a loopback, private or link-local address");
        }
        return Optional.empty();
    }

    @Override
    public Result send(URI url, String body, List<String> secrets, Instant now) {
        return send(url, body, secrets, now, null);
    }

    @Override
    public Result send(URI url, String body, List<String> secrets, Instant now, String traceParent) {
        Post p = new Post(url, body, List.copyOf(secrets), now, traceParent);
        Result r = behaviour.apply(p);
        if (r.succeeded()) {
            posts.add(p);
        }
        return r;
    }

    /** @param f how every later POST is answered (a success is recorded) */
    public void behave(Function<Post, Result> f) {
        this.behaviour = f;
    }

    /** Every later POST is answered 500. */
    public void failWith500() {
        behave(p -> new Result(500, "answered 500"));
    }

    /** Every later POST is answered 200. */
    public void acceptAll() {
        behave(p -> new Result(200, null));
    }

    /** @return the POSTs answered 2xx, in order */
    public List<Post> posts() {
        return List.copyOf(posts);
    }
}
