package io.partnerportal.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need from the machine (PostgreSQL, Chromium, the page checkers): without it
 * they are skipped with a message, except under {@code CI=true}, where they fail.
 */
public final class Required {
    private Required() {
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Goes on when {@code present}; otherwise skips the test, or fails it under {@code CI=true}. */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (ci()) {
            fail(missing + " (CI=true: this must not be skipped)");
        }
        Assumptions.abort(missing + ": skipped (CI=true makes this a failure)");
    }
}
