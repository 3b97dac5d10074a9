package io.partnerportal.adapters.web;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP side: the port to listen on and the address (an IP literal: {@code 127.0.0.1} unless
 * given, {@code 0.0.0.0} or {@code ::} for every interface), the public base URL (used in links, to
 * decide whether cookies are {@code Secure} and HSTS is sent, and as the only origin the portal's
 * forms are accepted from), the request limits per API key and per connection address, the limits
 * on sign-in link requests per client address and per email and on contacts added per actor,
 * whether {@code /dev/mailbox} exists (the embedded default's mailbox; off unless asked for, and
 * only ever served on a loopback listen address, S1), and the reverse proxies whose forwarding
 * headers are believed (none unless given).
 */
public record WebSettings(int port, String listenAddress, URI baseUrl, RateLimit perApiKey, RateLimit perAddress,
                          RateLimit signInPerAddress, RateLimit signInPerEmail, RateLimit invitesPerActor,
                          boolean devMailbox, TrustedProxies trustedProxies) {
    /** Where the server listens unless told: this machine only. */
    public static final String DEFAULT_LISTEN_ADDRESS = "127.0.0.1";
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
    /**
     * Contacts one actor (a signed-in contact, a partner) adds in 10 minutes (S6): a full
     * subscription's worth (100), then one every 6 seconds.
     */
    public static final RateLimit DEFAULT_INVITES_PER_ACTOR = new RateLimit(100, Duration.ofMinutes(10));

    public WebSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(perApiKey, "perApiKey");
        Objects.requireNonNull(perAddress, "perAddress");
        Objects.requireNonNull(signInPerAddress, "signInPerAddress");
        Objects.requireNonNull(signInPerEmail, "signInPerEmail");
        Objects.requireNonNull(invitesPerActor, "invitesPerActor");
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        listenAddress = parseListenAddress(listenAddress).getHostAddress();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the base URL is http or https");
        }
    }

    /** On this machine's loopback address, the default limit on contacts added, no trusted proxy. */
    public WebSettings(int port, URI baseUrl, RateLimit perApiKey, RateLimit perAddress, RateLimit signInPerAddress,
                       RateLimit signInPerEmail, boolean devMailbox) {
        this(port, DEFAULT_LISTEN_ADDRESS, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail,
                DEFAULT_INVITES_PER_ACTOR, devMailbox, TrustedProxies.none());
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

    /**
     * {@code GET /dev/mailbox} is served: asked for, and the server listens on a loopback address
     * only, so the mailbox (sign-in links included) never leaves the machine (S1).
     */
    public boolean servesDevMailbox() {
        return devMailbox && parseListenAddress(listenAddress).isLoopbackAddress();
    }

    /**
     * Reads a listen address: an IPv4 or IPv6 literal (brackets allowed), never a name to look up.
     *
     * @throws IllegalArgumentException when {@code text} is no IP literal
     */
    public static InetAddress parseListenAddress(String text) {
        InetAddress address = IpAddresses.parse(text);
        if (address == null) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        return address;
    }

    /** Listening on {@code address} (an IP literal; {@code 0.0.0.0} or {@code ::}: every interface). */
    public WebSettings withListenAddress(String address) {
        return new WebSettings(port, address, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail,
                invitesPerActor, devMailbox, trustedProxies);
    }

    public WebSettings withRateLimits(RateLimit perApiKey, RateLimit perAddress) {
        return new WebSettings(port, listenAddress, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail,
                invitesPerActor, devMailbox, trustedProxies);
    }

    public WebSettings withSignInLimits(RateLimit perConnectionAddress, RateLimit perEmail) {
        return new WebSettings(port, listenAddress, baseUrl, perApiKey, perAddress, perConnectionAddress, perEmail,
                invitesPerActor, devMailbox, trustedProxies);
    }

    /** S6: at most this many contacts added by one actor (a contact in the portal, a partner through the API). */
    public WebSettings withInviteLimit(RateLimit perActor) {
        return new WebSettings(port, listenAddress, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail,
                perActor, devMailbox, trustedProxies);
    }

    /**
     * With {@code GET /dev/mailbox} (the embedded default's emails, sign-in links included) or without;
     * served only while the listen address is a loopback one ({@link #servesDevMailbox()}).
     */
    public WebSettings withDevMailbox(boolean enabled) {
        return new WebSettings(port, listenAddress, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail,
                invitesPerActor, enabled, trustedProxies);
    }

    /** Believing the forwarding headers of these proxies only. */
    public WebSettings withTrustedProxies(TrustedProxies proxies) {
        return new WebSettings(port, listenAddress, baseUrl, perApiKey, perAddress, signInPerAddress, signInPerEmail,
                invitesPerActor, devMailbox, proxies);
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
