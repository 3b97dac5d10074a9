package io.partnerportal.adapters.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who is really asking, when the connection comes from a trusted reverse proxy: the client's address
 * and the scheme it used, read from {@code Forwarded} (RFC 7239) or else {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}. The hops are read from the right (the one the nearest proxy added);
 * hops of trusted proxies are skipped, and the first other address is the client — anything left of
 * it was written by the client and may be forged. A hop that is not an IP address ({@code unknown},
 * an obfuscated name, garbage) ends the walk at the last trusted proxy. From a peer that is not
 * trusted, every such header is ignored: the client is the connection.
 */
final class ForwardedHeaders {
    /** Hops read at most; a longer chain keeps its right-most ones. */
    static final int MAX_HOPS = 32;

    private final TrustedProxies trusted;

    ForwardedHeaders(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    /** The client as far as it can be told. */
    record Client(String address, String scheme, boolean viaTrustedProxy) {
    }

    /** One hop of a forwarding chain: the address it came from and the scheme it used (either may be null). */
    private record Hop(String node, String proto) {
    }

    Client resolve(String peer, String connectionScheme, List<String> forwarded, List<String> forwardedFor,
                   List<String> forwardedProto) {
        InetAddress peerAddress = IpAddresses.parse(peer);
        String peerText = peerAddress == null ? String.valueOf(peer) : IpAddresses.text(peerAddress);
        if (trusted.isEmpty() || !trusted.trusts(peerAddress)) {
            return new Client(peerText, connectionScheme, false);
        }
        List<Hop> hops = forwarded.isEmpty() ? fromXForwarded(forwardedFor, forwardedProto) : fromForwarded(forwarded);
        String address = peerText;
        String scheme = connectionScheme;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Hop hop = hops.get(i);
            InetAddress from = IpAddresses.parse(node(hop.node()));
            if (from == null) {
                break;
            }
            address = IpAddresses.text(from);
            scheme = hop.proto() != null ? hop.proto() : scheme;
            if (!trusted.trusts(from)) {
                break;
            }
        }
        return new Client(address, scheme, true);
    }

    /** {@code X-Forwarded-For: client, proxy1} with {@code X-Forwarded-Proto} aligned to it when it has as many values. */
    private static List<Hop> fromXForwarded(List<String> forwardedFor, List<String> forwardedProto) {
        List<String> nodes = values(forwardedFor);
        List<String> protos = values(forwardedProto);
        List<Hop> hops = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String proto = protos.size() == nodes.size() ? protos.get(i)
                    : i == nodes.size() - 1 && !protos.isEmpty() ? protos.get(protos.size() - 1) : null;
            hops.add(new Hop(nodes.get(i), scheme(proto)));
        }
        return last(hops);
    }

    /** {@code Forwarded: for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"}. */
    private static List<Hop> fromForwarded(List<String> headers) {
        List<Hop> hops = new ArrayList<>();
        for (String element : split(String.join(",", headers), ',')) {
            String node = null;
            String proto = null;
            for (String pair : split(element, ';')) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = unquote(pair.substring(eq + 1).strip());
                if (name.equals("for")) {
                    node = value;
                } else if (name.equals("proto")) {
                    proto = scheme(value);
                }
            }
            hops.add(new Hop(node, proto));
        }
        return last(hops);
    }

    private static List<Hop> last(List<Hop> hops) {
        return hops.size() <= MAX_HOPS ? hops : hops.subList(hops.size() - MAX_HOPS, hops.size());
    }

    private static List<String> values(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (String header : headers) {
            for (String v : header.split(",")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    /** Splits on {@code separator} outside quoted strings. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        return parts;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
    }

    /** A node's address without its port: {@code [2001:db8::1]:4711}, {@code 192.0.2.60:80}, or as it is. */
    private static String node(String node) {
        if (node == null) {
            return null;
        }
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close < 0 ? node : node.substring(0, close + 1);
        }
        int colon = node.indexOf(':');
        return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }

    private static String scheme(String proto) {
        if (proto == null) {
            return null;
        }
        String p = proto.strip().toLowerCase(Locale.ROOT);
        return p.equals("http") || p.equals("https") ? p : null;
    }
}
