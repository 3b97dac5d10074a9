package io.partnerportal.adapters.web.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may go (R20, S4): https only, and only to addresses that IANA's IPv4 and IPv6
 * special-purpose address registries mark globally reachable - every address the host resolves to
 * is checked, without connecting. NAT64 ({@code 64:ff9b::/96}), 6to4 ({@code 2002::/16}) and Teredo
 * ({@code 2001::/32}) addresses are judged by the IPv4 addresses they carry; IPv4-compatible
 * ({@code ::a.b.c.d}) and every IPv6 address outside global unicast ({@code 2000::/3}) are refused.
 * With {@code allowPrivate} (development and tests) http and any address are accepted.
 */
final class WebhookTargets {
    /** Resolves a host name; tests hand in their own to avoid any real lookup. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A block of addresses and whether IANA's registry marks it globally reachable; the longest match wins. */
    private record Block(byte[] prefix, int bits, boolean global) {
        static Block of(String cidr, boolean global) {
            String[] parts = cidr.split("/");
            try {
                return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]), global);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((address[whole] ^ prefix[whole]) & (0xff << (8 - rest)) & 0xff) == 0;
        }
    }

    /** IANA IPv4 Special-Purpose Address Registry (RFC 6890 and later), with multicast and the limited broadcast. */
    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", false),              // "this network"
            Block.of("10.0.0.0/8", false),             // private
            Block.of("100.64.0.0/10", false),          // shared address space (carrier-grade NAT)
            Block.of("127.0.0.0/8", false),            // loopback
            Block.of("169.254.0.0/16", false),         // link local
            Block.of("172.16.0.0/12", false),          // private
            Block.of("192.0.0.0/24", false),           // IETF protocol assignments
            Block.of("192.0.0.9/32", true),            // port control protocol anycast
            Block.of("192.0.0.10/32", true),           // traversal using relays around NAT anycast
            Block.of("192.0.2.0/24", false),           // documentation (TEST-NET-1)
            Block.of("192.88.99.0/24", false),         // deprecated 6to4 relay anycast
            Block.of("192.168.0.0/16", false),         // private
            Block.of("198.18.0.0/15", false),          // benchmarking
            Block.of("198.51.100.0/24", false),        // documentation (TEST-NET-2)
            Block.of("203.0.113.0/24", false),         // documentation (TEST-NET-3)
            Block.of("224.0.0.0/4", false),            // multicast
            Block.of("240.0.0.0/4", false),            // reserved, and 255.255.255.255 the limited broadcast
            Block.of("0.0.0.0/0", true));

    /** IANA IPv6 Special-Purpose Address Registry; outside {@code 2000::/3} nothing is global unicast. */
    private static final List<Block> IPV6 = List.of(
            Block.of("::/0", false),                   // ::, ::1, IPv4-compatible, and everything unallocated
            Block.of("64:ff9b:1::/48", false),         // local-use NAT64
            Block.of("100::/64", false),               // discard-only
            Block.of("2000::/3", true),                // global unicast
            Block.of("2001::/23", false),              // IETF protocol assignments
            Block.of("2001:1::1/128", true),           // port control protocol anycast
            Block.of("2001:1::2/128", true),           // traversal using relays around NAT anycast
            Block.of("2001:1::3/128", true),           // DNS-SD service registration protocol anycast
            Block.of("2001:2::/48", false),            // benchmarking
            Block.of("2001:3::/32", true),             // automatic multicast tunneling
            Block.of("2001:4:112::/48", true),         // AS112-v6
            Block.of("2001:10::/28", false),           // deprecated ORCHID
            Block.of("2001:20::/28", true),            // ORCHIDv2
            Block.of("2001:30::/28", true),            // drone remote ID protocol entity tags
            Block.of("2001:db8::/32", false),          // documentation
            Block.of("3fff::/20", false),              // documentation
            Block.of("5f00::/16", false),              // segment routing (SRv6) SIDs
            Block.of("fc00::/7", false),               // unique local
            Block.of("fe80::/10", false),              // link-local
            Block.of("fec0::/10", false),              // deprecated site-local
            Block.of("ff00::/8", false));              // multicast

    private static final Block NAT64 = Block.of("64:ff9b::/96", true);
    private static final Block SIX_TO_FOUR = Block.of("2002::/16", true);
    private static final Block TEREDO = Block.of("2001::/32", true);

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    boolean allowsPrivate() {
        return allowPrivate;
    }

    /** Why the URL's scheme or host is refused before any lookup, or empty. */
    Optional<String> schemeRefusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (allowPrivate) {
            return scheme.equals("https") || scheme.equals("http") ? Optional.empty()
                    : Optional.of("must be an http or https URL");
        }
        if (!scheme.equals("https")) {
            return Optional.of("must be an https URL");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of("must name a host");
        }
        return Optional.empty();
    }

    /** Checks where an address leads, resolving its host once, without connecting. */
    Optional<String> refusal(URI url) {
        Optional<String> scheme = schemeRefusal(url);
        if (scheme.isPresent() || allowPrivate) {
            return scheme;
        }
        try {
            check(resolve(url.getHost()));
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("its host does not resolve");
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Every address {@code host} resolves to (brackets of an IPv6 literal taken off); never empty. */
    InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = resolver.resolve(bare);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(bare);
        }
        return addresses;
    }

    /** Refuses the lot unless every address may receive events (or private targets are allowed). */
    List<InetAddress> check(InetAddress[] addresses) throws Refused {
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (!isGloballyReachable(a)) {
                    throw new Refused();
                }
            }
        }
        return Arrays.asList(addresses);
    }

    /** An address IANA's special-purpose registries leave globally reachable. */
    static boolean isGloballyReachable(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return longestMatch(IPV4, b);
        }
        if (!(a instanceof Inet6Address)) {
            return false;
        }
        if (NAT64.contains(b)) {
            return ipv4(b, 12, false);
        }
        if (SIX_TO_FOUR.contains(b)) {
            return ipv4(b, 2, false);
        }
        if (TEREDO.contains(b)) {
            // the server's address in bits 32-63, the client's, inverted, in the last 32
            return ipv4(b, 4, false) && ipv4(b, 12, true);
        }
        return longestMatch(IPV6, b);
    }

    private static boolean ipv4(byte[] b, int from, boolean inverted) {
        byte[] v4 = Arrays.copyOfRange(b, from, from + 4);
        if (inverted) {
            for (int i = 0; i < 4; i++) {
                v4[i] = (byte) ~v4[i];
            }
        }
        return longestMatch(IPV4, v4);
    }

    private static boolean longestMatch(List<Block> registry, byte[] address) {
        Block best = null;
        for (Block block : registry) {
            if (block.contains(address) && (best == null || block.bits() > best.bits())) {
                best = block;
            }
        }
        return best != null && best.global();
    }

    /** An address that may not receive events. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("must not lead to an address that is not globally reachable (loopback, private, link-local,"
                    + " documentation or another special-purpose range)", null, false, false);
        }
    }
}
