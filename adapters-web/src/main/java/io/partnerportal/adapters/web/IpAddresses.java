package io.partnerportal.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IP address literals read without ever asking DNS: IPv4 dotted quads and IPv6 (with or without brackets). */
public final class IpAddresses {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {
    }

    /** The address {@code text} spells, or null when it is not an IP literal (a host name is never looked up). */
    public static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() > 2 && s.charAt(0) == '[' && s.charAt(s.length() - 1) == ']') {
            s = s.substring(1, s.length() - 1);
        }
        Matcher v4 = IPV4.matcher(s);
        try {
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(v4.group(i + 1));
                    if (octet > 255) {
                        return null;
                    }
                    bytes[i] = (byte) octet;
                }
                return InetAddress.getByAddress(bytes);
            }
            // a literal with a colon is parsed, never resolved; zone ids ("%eth0") are refused by the pattern
            if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
                return InetAddress.getByName(s);
            }
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
        return null;
    }

    /** The address's canonical text: dotted quad, or IPv6 in Java's full form. */
    static String text(InetAddress address) {
        return address.getHostAddress();
    }
}
