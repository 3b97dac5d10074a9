package io.partnerportal.adapters.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose forwarding headers ({@code Forwarded}, {@code X-Forwarded-For},
 * {@code X-Forwarded-Proto}, {@code X-Request-Id}) are believed: a comma-separated list of CIDR
 * ranges, IPv4 or IPv6 ({@code 10.0.0.0/8, 2001:db8::/32}); a bare address is a range of one.
 * None by default: then every header of that kind is ignored.
 */
public final class TrustedProxies {
    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * Reads {@code 10.0.0.0/8, 192.168.1.7, ::1/128}; blank entries are skipped.
     *
     * @throws IllegalArgumentException naming the entry that is not a CIDR range
     */
    public static TrustedProxies parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : commaSeparated.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code address} lies in one of the ranges. */
    boolean trusts(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] bytes = address.getAddress();
        for (Range r : ranges) {
            if (r.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return ranges.stream().map(Range::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustedProxies other && other.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** One CIDR range: the network's bytes with the host bits cleared, and the prefix length. */
    private record Range(byte[] network, int bits) {
        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            InetAddress ip = IpAddresses.parse(address);
            if (ip == null || address.startsWith("[")) {
                throw new IllegalArgumentException(quote(text) + " is not a CIDR range like 10.0.0.0/8 or 2001:db8::/32");
            }
            byte[] bytes = ip.getAddress();
            int max = bytes.length * 8;
            int bits = max;
            if (slash >= 0) {
                String prefix = text.substring(slash + 1);
                if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > max) {
                    throw new IllegalArgumentException(quote(text) + " has a prefix length that is not 0 to " + max);
                }
                bits = Integer.parseInt(prefix);
            }
            return new Range(mask(bytes, bits), bits);
        }

        private static String quote(String text) {
            return "'" + text + "'";
        }

        private static byte[] mask(byte[] bytes, int bits) {
            byte[] out = bytes.clone();
            for (int i = 0; i < out.length; i++) {
                int keep = Math.max(0, Math.min(8, bits - i * 8));
                out[i] = (byte) (out[i] & (0xFF << (8 - keep)));
            }
            return out;
        }

        boolean contains(byte[] address) {
            return address.length == network.length && java.util.Arrays.equals(mask(address, bits), network);
        }

        @Override
        public String toString() {
            try {
                return IpAddresses.text(InetAddress.getByAddress(network)).toLowerCase(Locale.ROOT) + "/" + bits;
            } catch (java.net.UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Range r && r.bits == bits && java.util.Arrays.equals(r.network, network);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(network) * 31 + bits;
        }
    }
}
