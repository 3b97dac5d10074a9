package io.partnerportal.adapters.web;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP side: the port to listen on, the public base URL (used in links, to decide whether
 * cookies are {@code Secure} and HSTS is sent, and as the only origin the portal's forms are
 * accepted from), the request limits per API key and per connection address, the limits on
 * sign-in link requests per client address and per email, whether {@code /dev/mailbox}
 * exists (the embedded default's mailbox; off unless asked for), and the reverse proxies whose
 * forwarding headers are believed (none unless given).
 */
public record WebSettings(int port, URI baseUrl, RateLimit perApiKey, RateLimit perAddress,
                          RateLimit signInPerAddress, RateLimit signInPerEmail, boolean devMailbox,
                          TrustedProxies trustedProxies) {
    /** A partner integration: 100 requests a second sustained, bursts of 200. */
    public static final RateLimit DEFAULT_PER_API_KEY = new RateLimit(200, Duration.ofSeconds(2));
    /** One connection address, whatever key it presents (or none): 200 a second, bursts of 400. */
    public static final RateLimit DEFAULT_PER_ADDRESS = new RateLimit(400, Duration.ofSeconds(2));
    /** Sign-in link requests from one connection address: 20, then one every 30 seconds. */
    public static final RateLimit DEFAULT_SIGN_IN_PER_ADDRESS = new RateLimit(20, Duration.ofMinutes(10));
    /**
     * What every 503 tells its client in {@code Retry-After} (the API's problems, the portal's pages,
     * the readiness route, and the server refusing requests while it stops).
     */
    public static final Duration RETRY_AFTER_UNAVAILABLE = Duration.ofSeconds(30);
    /** Sign-in link requests for one email: 5, then one every 3 minutes (the core sends at most 5 in 15 minutes). */
    public static final RateLimit DEFAULT_SIGN_IN_PER_EMAIL = new RateLimit(5, Duration.ofMinutes(15));

    public WebSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(perApiKey, "perApiKey");
        Objects.requireNonNull(perAddress, "perAddress");
        Objects.requireNonNull(signInPerAddress, "signInPerAddress");
        Objects.requireNonNull(signInPerEmail, "signInPerEmail");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the base URL is http or https");
        }
    }

    /** No trusted proxy. */
    public WebSettings(int port, URI baseUrl, RateLimit perApiKey, RateLimit perAddress, RateLimit signInPerAddress,
                       RateLimit signInPerEmail, boolean devMailbox) {
        this(port, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail, devMailbox,
                TrustedProxies.none());
    }

    /** The default sign-in limits, no developer mailbox, no trusted proxy. */
    public WebSettings(int port, URI baseUrl, RateLimit perApiKey, RateLimit perAddress) {
        this(port, baseUrl, perApiKey, perAddress, DEFAULT_SIGN_IN_PER_ADDRESS, DEFAULT_SIGN_IN_PER_EMAIL, false);
    }

    /** The default request limits, no developer mailbox. */
    public WebSettings(int port, URI baseUrl) {
        this(port, baseUrl, DEFAULT_PER_API_KEY, DEFAULT_PER_ADDRESS);
    }

    /** Cookies are {@code Secure} on every request when the base URL is https (and on https requests otherwise). */
    public boolean secureCookies() {
        return "https".equals(baseUrl.getScheme());
    }

    public WebSettings withRateLimits(RateLimit perApiKey, RateLimit perAddress) {
        return new WebSettings(port, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail, devMailbox,
                trustedProxies);
    }

    public WebSettings withSignInLimits(RateLimit perConnectionAddress, RateLimit perEmail) {
        return new WebSettings(port, baseUrl, perApiKey, perAddress, perConnectionAddress, perEmail, devMailbox,
                trustedProxies);
    }

    /** With {@code GET /dev/mailbox} (the embedded default's emails, sign-in links included) or without. */
    public WebSettings withDevMailbox(boolean enabled) {
        return new WebSettings(port, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail, enabled,
                trustedProxies);
    }

    /** Believing the forwarding headers of these proxies only. */
    public WebSettings withTrustedProxies(TrustedProxies proxies) {
        return new WebSettings(port, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail, devMailbox,
                proxies);
    }

    /** At most {@code requests} in a burst, refilled evenly over {@code per}. */
    public record RateLimit(int requests, Duration per) {
        public RateLimit {
            Objects.requireNonNull(per, "per");
            if (requests < 1) {
                throw new IllegalArgumentException("a rate limit allows at least one request");
            }
            if (per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a rate limit's period is positive");
            }
        }
    }
}
