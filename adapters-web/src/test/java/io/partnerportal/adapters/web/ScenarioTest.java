package io.partnerportal.adapters.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test against a fresh server and {@link Scenario}. */
abstract class ScenarioTest {
    TestApi api;
    Scenario s;

    @BeforeEach
    void startServer() {
        api = TestApi.start();
        s = new Scenario(api);
    }

    @AfterEach
    void stopServer() {
        api.close();
    }

    static String path(io.partnerportal.core.application.SubscriptionView subscription) {
        return Scenario.subscription(subscription);
    }
}
