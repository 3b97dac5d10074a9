package io.partnerportal.app;

/**
 * Whether this instance's start has finished (SPEC V7): the web server listens while the persistence
 * unit may still be deploying and before the demo data is seeded, so readiness answers 503 until
 * {@link PortalLifecycle#start()} has done both.
 */
final class Started {
    private volatile boolean done;

    void finish() {
        done = true;
    }

    boolean done() {
        return done;
    }
}
