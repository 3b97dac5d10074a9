package io.partnerportal.adapters.web.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may go (R20): https only, and only to public addresses - every address the host
 * name resolves to is checked (loopback, private, link-local, unique-local, carrier-grade NAT,
 * unspecified, multicast and the reserved IPv4 blocks are refused), without connecting. With
 * {@code allowPrivate} (development and tests) http and any address are accepted.
 */
final class WebhookTargets {
    /** Resolves a host name; tests hand in their own to avoid any real lookup. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (allowPrivate) {
            return scheme.equals("https") || scheme.equals("http") ? Optional.empty()
                    : Optional.of("must be an http or https URL");
        }
        if (!scheme.equals("https")) {
            return Optional.of("must be an https URL");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("must name a host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("its host does not resolve");
        }
        if (addresses.length == 0) {
            return Optional.of("its host does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Optional.of("must not lead to a loopback, private or link-local address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && first < 224                                  // this network; multicast, reserved, broadcast
                    && !(first == 100 && second >= 64 && second < 128)         // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)    // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19));      // benchmarking
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false;                                                  // unique local fc00::/7
            }
            boolean mapped = true;                                             // ::ffff:a.b.c.d and ::a.b.c.d
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
                try {
                    byte[] v4 = {b[12], b[13], b[14], b[15]};
                    return isPublic(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
