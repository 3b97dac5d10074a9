package io.partnerportal.adapters.web;

import java.net.URI;
import java.util.Objects;

/**
 * The HTTP side: the port to listen on and the public base URL (used in links, and to decide
 * whether cookies are {@code Secure}).
 */
public record WebSettings(int port, URI baseUrl) {
    public WebSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the base URL is http or https");
        }
    }

    public boolean secureCookies() {
        return "https".equals(baseUrl.getScheme());
    }
}
