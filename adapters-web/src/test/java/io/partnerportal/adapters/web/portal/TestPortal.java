package io.partnerportal.adapters.web.portal;

import io.partnerportal.adapters.web.Servers;
import io.partnerportal.adapters.web.WebApp;
import io.partnerportal.adapters.web.WebPorts;
import io.partnerportal.adapters.web.WebSettings;
import io.partnerportal.core.Core;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.testing.PortalFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The portal on a real server, over the core's in-memory fixture and {@link PortalScenario}. Its
 * base URL is the address it listens on, so a browser's {@code Origin} is the portal's own. Rate
 * limits are out of the way unless a test sets them.
 */
final class TestPortal implements AutoCloseable {
    static final WebSettings.RateLimit UNLIMITED = new WebSettings.RateLimit(1_000_000, Duration.ofSeconds(1));

    final PortalFixture fx;
    final PortalScenario s;
    final WebApp app;
    final String base;
    final List<String> accessLog = new CopyOnWriteArrayList<>();

    private TestPortal(UnaryOperator<WebPorts> ports, UnaryOperator<WebSettings> settings) {
        fx = PortalFixture.on("2026-11-23");
        s = new PortalScenario(fx);
        int port = freePort();
        WebSettings defaults = new WebSettings(port, URI.create("http://localhost:" + port), UNLIMITED, UNLIMITED)
                .withSignInLimits(UNLIMITED, UNLIMITED);
        app = Servers.start(settings.apply(defaults), ports.apply(ports(fx.core)), fx.clock, accessLog::add);
        base = "http://localhost:" + app.port();
    }

    static TestPortal start() {
        return start(UnaryOperator.identity());
    }

    static TestPortal start(UnaryOperator<WebSettings> settings) {
        return new TestPortal(UnaryOperator.identity(), settings);
    }

    static TestPortal start(UnaryOperator<WebPorts> ports, UnaryOperator<WebSettings> settings) {
        return new TestPortal(ports, settings);
    }

    static WebPorts ports(Core core) {
        return new WebPorts(core.partnerOperations(), core.supportOperations(), core.apiAuthentication(),
                core.idempotency(), core.customerPortal(), core.signIn(), core.devMailbox(), core.partnerIntegrations());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PortalClient client() {
        return new PortalClient(this);
    }

    /** The token of the newest sign-in link emailed to {@code email}. */
    String signInToken(String email) {
        fx.deliverAll();
        List<NotificationContent> links = fx.mail.sentTo(email).stream()
                .filter(c -> c.type() == NotificationType.SIGN_IN_LINK).toList();
        if (links.isEmpty()) {
            throw new AssertionError("no sign-in link was emailed to " + email);
        }
        return links.get(links.size() - 1).signInToken();
    }

    int signInLinksSentTo(String email) {
        fx.deliverAll();
        return (int) fx.mail.sentTo(email).stream().filter(c -> c.type() == NotificationType.SIGN_IN_LINK).count();
    }

    @Override
    public void close() {
        app.stop();
    }
}
