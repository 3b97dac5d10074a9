package io.partnerportal.adapters.web;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP side: the port to listen on, the public base URL (used in links, and to decide
 * whether cookies are {@code Secure} and HSTS is sent), and the request limits per API key and
 * per connection address.
 */
public record WebSettings(int port, URI baseUrl, RateLimit perApiKey, RateLimit perAddress) {
    /** A partner integration: 100 requests a second sustained, bursts of 200. */
    public static final RateLimit DEFAULT_PER_API_KEY = new RateLimit(200, Duration.ofSeconds(2));
    /** One connection address, whatever key it presents (or none): 200 a second, bursts of 400. */
    public static final RateLimit DEFAULT_PER_ADDRESS = new RateLimit(400, Duration.ofSeconds(2));

    public WebSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(perApiKey, "perApiKey");
        Objects.requireNonNull(perAddress, "perAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the base URL is http or https");
        }
    }

    /** The default request limits. */
    public WebSettings(int port, URI baseUrl) {
        this(port, baseUrl, DEFAULT_PER_API_KEY, DEFAULT_PER_ADDRESS);
    }

    public boolean secureCookies() {
        return "https".equals(baseUrl.getScheme());
    }

    public WebSettings withRateLimits(RateLimit perApiKey, RateLimit perAddress) {
        return new WebSettings(port, baseUrl, perApiKey, perAddress);
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
