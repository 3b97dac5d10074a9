package io.partnerportal.core.domain.value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text as {@code key=value} lines, keys and values escaped ({@code \\}, {@code \n}, {@code \r},
 * {@code \=}), order kept: how history details and notification snapshots are stored.
 */
public final class KeyValueLines {
    private KeyValueLines() {
    }

    /**
     * Writes each entry as one escaped {@code key=value} line, in the map's order.
     *
     * @param details the entries
     * @return the text
     */
    public static String encode(Map<String, String> details) {
        StringBuilder sb = new StringBuilder();
        details.forEach((k, v) -> sb.append(escape(k)).append('=').append(escape(v)).append('\n'));
        return sb.toString();
    }

    /**
     * Reads text written by {@link #encode}; empty lines are skipped.
     *
     * @param text the text
     * @return the entries, in order
     */
    public static Map<String, String> decode(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = separator(line);
            out.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
        }
        return out;
    }

    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        throw new IllegalArgumentException("not a key=value line: " + line);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '=' -> sb.append("\\=");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
