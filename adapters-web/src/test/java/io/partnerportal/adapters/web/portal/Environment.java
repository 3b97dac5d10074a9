package io.partnerportal.adapters.web.portal;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What some tests need from the machine (Chromium, the page checkers): without it they are skipped
 * with a message, except under {@code CI=true}, where they fail.
 */
final class Environment {
    private Environment() {
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (ci()) {
            fail(missing + " (CI=true: this must not be skipped)");
        }
        org.junit.jupiter.api.Assumptions.abort(missing + ": skipped (CI=true makes this a failure)");
    }
}
