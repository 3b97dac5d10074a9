package io.partnerportal.adapters.mail;

import io.partnerportal.core.port.out.NotificationSender.Result;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Tells a failure that retrying cannot fix from one worth retrying (SPEC §4), by the SMTP reply
 * found in the cause chain of Commons Email's exception:
 * <ul>
 *   <li>permanent: a 5xx reply to the recipient ({@code RCPT TO}) or to the message ({@code DATA}
 *       and its end) - this recipient or this message will never be accepted;</li>
 *   <li>temporary: everything else - no connection, a timeout, any 4xx, a broken connection, and
 *       also 5xx replies that describe the portal's own set-up rather than the message (a refused
 *       sender address, authentication codes 530-539, and 552 to a recipient, which RFC 5321 asks
 *       clients to treat as temporary) so that one misconfiguration does not kill the whole outbox
 *       at once.</li>
 * </ul>
 * The reason is one short line for operators and never holds the SMTP password.
 */
final class SmtpFailures {
    private static final int MAX_REASON = 300;

    private SmtpFailures() {
    }

    static Result classify(Throwable failure, String password) {
        String reason = reason(failure, password);
        for (Throwable t : chain(failure)) {
            if (t instanceof SMTPAddressFailedException rcpt) {
                int code = rcpt.getReturnCode();
                return permanent(code) && code != 552 ? new Result.PermanentFailure(reason)
                        : new Result.TemporaryFailure(reason);
            }
            if (t instanceof SMTPSendFailedException send) {
                String command = send.getCommand() == null ? "" : send.getCommand();
                boolean aboutTheMessage = command.equals("DATA") || command.equals(".");
                return aboutTheMessage && permanent(send.getReturnCode()) ? new Result.PermanentFailure(reason)
                        : new Result.TemporaryFailure(reason);
            }
        }
        return new Result.TemporaryFailure(reason);
    }

    private static boolean permanent(int code) {
        return code >= 500 && code <= 599 && (code < 530 || code > 539);
    }

    /** The messages along the cause chain, from the outside in, on one line, without the password. */
    static String reason(Throwable failure, String password) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t : chain(failure)) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            m = SafeText.singleLine(m);
            if (!m.isEmpty() && sb.indexOf(m) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
        }
        String reason = sb.toString();
        if (password != null && !password.isEmpty()) {
            reason = reason.replace(password, "****");
        }
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    /** The failure and its causes ({@code MessagingException} chains its next exception as the cause). */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null && chain.size() < 20;
             t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
