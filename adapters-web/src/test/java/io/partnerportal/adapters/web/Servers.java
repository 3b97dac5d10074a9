package io.partnerportal.adapters.web;

import java.time.Clock;
import java.util.function.Consumer;

/** For the portal's tests in their own package: the server with a test's clock and access log. */
public final class Servers {
    private Servers() {
    }

    public static WebApp start(WebSettings settings, WebPorts ports, Clock clock, Consumer<String> accessLog) {
        return WebApp.create(settings, ports, clock, accessLog).start();
    }
}
