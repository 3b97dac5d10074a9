package io.partnerportal.core.domain.error;

import java.util.List;
import java.util.Objects;

/**
 * A rule's refusal as a value: what a policy answers when asked whether something is allowed, so
 * that the portal's buttons and the use cases ask the same question. {@link #exception()} turns it
 * into what a use case throws.
 *
 * @param code the rule's refusal
 * @param args what the code's text names, in order
 */
public record Refusal(ErrorCode code, List<Object> args) {
    /**
     * Copies the arguments and checks that the code is a rule refusal.
     *
     * @param code the rule's refusal
     * @param args what the code's text names, in order
     */
    public Refusal {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (code.kind() != ErrorCode.Kind.REFUSED) {
            throw new IllegalArgumentException(code + " is not a rule refusal");
        }
    }

    /**
     * @param code the rule's refusal
     * @param args what the code's text names, in order
     * @return the refusal
     */
    public static Refusal of(ErrorCode code, Object... args) {
        return new Refusal(code, List.of(args));
    }

    /** @return the exception a use case throws for this refusal */
    public RuleRefusedException exception() {
        return new RuleRefusedException(code, args.toArray());
    }

    /** @return the refusal's text */
    public String message() {
        return code.message(args.toArray());
    }
}
