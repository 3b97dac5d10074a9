package io.partnerportal.core.application;

import java.util.regex.Pattern;

/**
 * What a delivery's log line may say of why it failed (SPEC §6.5): the far end's reply on one line
 * with every address in it masked, or only the class of an exception (whose message could carry
 * anything). Never the recipient, never the content; {@link OutboxLoop} writes the lines.
 */
public final class DeliveryLog {
    private static final Pattern ADDRESS = Pattern.compile("<?[^\\s<>()\\[\\]\"',;:]+@[^\\s<>()\\[\\]\"',;:]+>?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final int MAX_WHY = 300;

    private DeliveryLog() {
    }

    /**
     * @param reason a reply or reason
     * @return it as it may be logged: one line, addresses masked, at most 300 characters
     */
    public static String reply(String reason) {
        String line = CONTROL.matcher(String.valueOf(reason)).replaceAll(" ").strip();
        line = ADDRESS.matcher(line).replaceAll("<address>");
        return line.length() <= MAX_WHY ? line : line.substring(0, MAX_WHY - 1) + "…";
    }

    /**
     * @param failure what a sender threw
     * @return it as it may be logged: its class alone
     */
    public static String exception(Throwable failure) {
        return failure.getClass().getName();
    }
}
