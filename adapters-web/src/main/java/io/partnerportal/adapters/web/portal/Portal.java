package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.partnerportal.adapters.web.WebPorts;
import io.partnerportal.adapters.web.WebSettings;
import java.util.Map;

/**
 * The customer portal (SPEC §5.3): server-rendered pages in English and Japanese for signed-in
 * customer contacts, magic-link sign-in, and the developer mailbox when the settings enable it.
 * The web adapter's server registers its routes and hands it the error pages of portal addresses.
 */
public final class Portal {

    /** A rate limit: 0 when {@code who} may go on, else the seconds until they may. */
    @FunctionalInterface
    public interface Throttle {
        long secondsToWait(String who);
    }

    private final WebSettings settings;
    private final WebPorts ports;
    private final Pages pages = new Pages();
    private final ErrorPages errors = new ErrorPages(pages);
    private final Cookies cookies;
    private final Visitors visitors;
    private final Guard guard;
    private final Gate gate;
    private final Throttle signInPerAddress;
    private final Throttle signInPerEmail;
    private final Throttle invites;

    /**
     * {@code signInPerAddress} and {@code signInPerEmail} limit the sign-in link requests,
     * {@code invites} the contacts one signed-in contact adds (S6).
     */
    public Portal(WebSettings settings, WebPorts ports, Throttle signInPerAddress, Throttle signInPerEmail,
                  Throttle invites) {
        this.settings = settings;
        this.ports = ports;
        this.cookies = new Cookies(settings.secureCookies());
        this.visitors = new Visitors(ports.signIn(), cookies);
        this.guard = new Guard(settings.baseUrl(), cookies);
        this.gate = new Gate(visitors, guard, errors);
        this.signInPerAddress = signInPerAddress;
        this.signInPerEmail = signInPerEmail;
        this.invites = invites;
    }

    public void register(RoutesConfig routes) {
        SubscriptionRoutes subscriptions = new SubscriptionRoutes(ports.customerPortal(), gate, pages);
        new SignInRoutes(ports.signIn(), gate, guard, cookies, pages, signInPerAddress, signInPerEmail)
                .register(routes);
        new CsvRoutes(ports.customerPortal(), gate).register(routes);
        subscriptions.register(routes);
        new ContactRoutes(ports.customerPortal(), gate, pages, invites).register(routes);
        new CancellationRoutes(ports.customerPortal(), gate, pages, subscriptions).register(routes);
        new SetUpRoutes(ports.customerPortal(), gate, pages).register(routes);
        new ProfileRoutes(ports.customerPortal(), gate, pages, cookies).register(routes);
        new UnsubscribeRoutes(ports.customerPortal(), gate, pages).register(routes);
        new EmailRoutes(ports.customerPortal(), gate, pages).register(routes);
        new RequestRoutes(ports.customerPortal(), gate, pages).register(routes);
        new LanguageRoutes(gate, cookies).register(routes);
        if (settings.servesDevMailbox()) {
            new MailboxRoutes(ports.devMailbox(), gate, pages).register(routes);
        }
    }

    /** Whether an address is the portal's (a page) rather than the partner API's or the operators'. */
    public static boolean serves(String path) {
        return path == null || !(path.equals("/api") || path.startsWith("/api/") || path.equals("/health")
                || path.startsWith("/health/") || path.equals("/metrics"));
    }

    /**
     * The error page for a request the server refused before a portal route ran: no such route or
     * method (shown to the visitor as signed in or not), too many requests, a failure.
     */
    public void errorPage(Context ctx, int status, Map<String, String> headers) {
        errors.render(ctx, status == 404 || status == 405 ? visitors.ofOrAnonymous(ctx) : Visitors.anonymous(ctx),
                status, null, headers);
    }
}
