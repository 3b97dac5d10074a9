package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.testing.LocalPostgres;
import io.partnerportal.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6.4: on PostgreSQL the rate limits are shared by every instance, so two instances together
 * allow what one would. Both instances read one clock that the test moves, so nothing refills
 * between two requests by chance.
 */
class SharedRateLimitsOnPostgresTest {

    @Test
    void twoInstancesOnOneDatabaseHoldTheLimitInTotal() {
        MutableClock clock = MutableClock.at("2026-11-23");
        try (LocalPostgres db = new LocalPostgres("portal_limits_")) {
            // 3 requests a second per API key, bursts of 6; the address limit out of the way
            Map<String, String> env = Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres",
                    "PORTAL_DATA_DIR", "target/shared-rate-limits", "PORTAL_API_RATE_LIMIT", "3",
                    "PORTAL_ADDRESS_RATE_LIMIT", "1000");
            try (RunningPortal a = new RunningPortal(env, b -> b.bind(Clock.class).toInstance(clock));
                 RunningPortal b = new RunningPortal(env, binder -> binder.bind(Clock.class).toInstance(clock))) {
                String key = a.get(Administration.class).createPartner(new Administration.CreatePartner("Limited",
                        "billing@limited.example")).apiKey();

                for (int i = 0; i < 6; i++) {
                    RunningPortal via = i % 2 == 0 ? a : b;
                    assertThat(via.call("GET", "/api/v1/billing-accounts", key, null).status()).as("request %d", i)
                            .isEqualTo(200);
                }
                RunningPortal.Reply onA = a.call("GET", "/api/v1/billing-accounts", key, null);
                RunningPortal.Reply onB = b.call("GET", "/api/v1/billing-accounts", key, null);

                assertThat(onA.status()).as("the burst of 6 is spent on both instances together").isEqualTo(429);
                assertThat(onA.json().path("code").asText()).isEqualTo("RATE_LIMITED");
                assertThat(onB.status()).isEqualTo(429);

                // a third of a second gives back one request, to whichever instance asks first
                clock.advance(Duration.ofMillis(334));
                assertThat(b.call("GET", "/api/v1/billing-accounts", key, null).status()).isEqualTo(200);
                assertThat(a.call("GET", "/api/v1/billing-accounts", key, null).status()).isEqualTo(429);
            }
        }
    }
}
