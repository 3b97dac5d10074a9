package io.partnerportal.app;

/**
 * Whether this instance is stopping (SPEC §7.4 O3): from the first moment of a stop, readiness
 * answers 503 so that load balancers send nothing new, while requests in flight finish.
 */
final class Draining {
    private volatile boolean begun;

    void begin() {
        begun = true;
    }

    boolean begun() {
        return begun;
    }
}
