package io.partnerportal.core.application;

import io.partnerportal.core.port.out.NotificationOutbox.Entry;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The delivery loop's lines for operators (SPEC §6.5): one WARN per failed attempt, one ERROR per
 * row that gave up. A line names the row, its type and attempt, and why: the mail server's reply
 * with every address in it masked, or only the class of an exception (whose message could carry
 * anything). Never the recipient, never the content.
 */
public final class DeliveryLog {
    private static final Pattern ADDRESS = Pattern.compile("<?[^\\s<>()\\[\\]\"',;:]+@[^\\s<>()\\[\\]\"',;:]+>?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final int MAX_WHY = 300;

    private final System.Logger log;

    public DeliveryLog(System.Logger log) {
        this.log = log;
    }

    /** The attempt failed; {@code nextTry} is null when no try follows (the row is dead). */
    public void failed(Entry row, int attempt, Instant nextTry, String why) {
        log.log(Level.WARNING, "Email " + row.id() + " (" + row.type() + ") attempt " + attempt + " failed; next try "
                + (nextTry == null ? "none" : "at " + nextTry) + ": " + why);
    }

    public void dead(Entry row, int attempts, String why) {
        log.log(Level.ERROR, "Email " + row.id() + " (" + row.type() + ") is dead after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + ": " + why);
    }

    /** A reply or reason as it may be logged: one line, addresses masked, at most 300 characters. */
    public static String reply(String reason) {
        String line = CONTROL.matcher(String.valueOf(reason)).replaceAll(" ").strip();
        line = ADDRESS.matcher(line).replaceAll("<address>");
        return line.length() <= MAX_WHY ? line : line.substring(0, MAX_WHY - 1) + "…";
    }

    /** An exception as it may be logged: its class alone. */
    public static String exception(Throwable failure) {
        return failure.getClass().getName();
    }
}
