package io.partnerportal.adapters.mail;

/**
 * Makes snapshot values safe where they are written: on one line (a name with CR/LF must never
 * split a header or fake a line of the email) and escaped in HTML (a name may hold {@code <b>} or
 * {@code &}). The snapshot comes from a database, so nothing upstream is trusted to have checked.
 */
final class SafeText {
    private SafeText() {
    }

    /** {@code value} with every control or line-separating character replaced by a space, trimmed. */
    static String singleLine(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            boolean breaking = Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029';
            if (breaking || ch == ' ') {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(ch);
        }
        return sb.toString();
    }

    /** {@code value} escaped for HTML text and attribute values. */
    static String html(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
