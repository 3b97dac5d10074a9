package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6.4 through the real wiring: liveness is the process, readiness is the database with every
 * migration applied (503 with Retry-After otherwise), {@code /health} is readiness.
 */
class HealthRoutesTest {

    @Test
    void livenessIsTheProcessAndReadinessTheMigratedDatabase(@TempDir Path data) throws Exception {
        try (RunningPortal portal = new RunningPortal(Map.of("PORTAL_DATA_DIR", data.toString()))) {
            assertThat(portal.call("GET", "/health/live", null, null).status()).isEqualTo(200);
            assertThat(portal.call("GET", "/health/ready", null, null).status()).isEqualTo(200);
            assertThat(portal.call("GET", "/health", null, null).status()).isEqualTo(200);

            // the schema loses its newest migration (a restore from an older backup, say)
            try (Connection c = DriverManager.getConnection(portal.config.dbUrl(), "sa", "");
                 Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = "
                        + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
            }

            for (String path : new String[]{"/health/ready", "/health"}) {
                RunningPortal.Reply down = portal.call("GET", path, null, null);
                assertThat(down.status()).as(path).isEqualTo(503);
                assertThat(down.header("Retry-After")).as(path).isEqualTo("30");
                assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
            }
            RunningPortal.Reply live = portal.call("GET", "/health/live", null, null);
            assertThat(live.status()).as("a database problem never restarts the process").isEqualTo(200);
            assertThat(live.json().path("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void O2_withoutMigrationsAtStartReadinessWaitsForTheMigrateCommand(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("PORTAL_DATA_DIR", data.toString(), "PORTAL_MIGRATE_ON_START", "false");
        try (RunningPortal portal = new RunningPortal(env)) {
            assertThat(portal.demoKey).as("nothing is seeded into a schema that is not there").isEmpty();
            RunningPortal.Reply notYet = portal.call("GET", "/health/ready", null, null);
            assertThat(notYet.status()).isEqualTo(503);
            assertThat(notYet.header("Retry-After")).isEqualTo("30");
            assertThat(portal.call("GET", "/health/live", null, null).status()).isEqualTo(200);

            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int exit = Main.run(new String[]{"migrate"}, env, new java.io.PrintStream(out, true),
                    new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true));
            assertThat(exit).isZero();
            assertThat(out.toString()).startsWith("Migrated the schema from an empty database to version 26 (26 "
                    + "migrations).");

            assertThat(portal.call("GET", "/health/ready", null, null).status()).isEqualTo(200);
            assertThat(portal.call("GET", "/api/v1/subscriptions", "psp_unknown", null).status())
                    .as("the API serves from the migrated schema").isEqualTo(401);
        }
    }

    @Test
    void V7_readinessWaitsUntilTheStartHasFinished(@TempDir Path data) throws Exception {
        PortalConfig config = PortalConfig.parse(Map.of("PORTAL_DATA_DIR", data.toString(), "PORTAL_PORT", "0"));
        com.google.inject.Injector injector = com.google.inject.Guice.createInjector(Main.modules(config));
        io.partnerportal.adapters.web.Operations operations =
                injector.getInstance(io.partnerportal.adapters.web.Operations.class);
        PortalLifecycle lifecycle = injector.getInstance(PortalLifecycle.class);

        assertThat(operations.databaseReachable().getAsBoolean()).as("before the start").isFalse();
        try {
            assertThat(lifecycle.start()).as("the demo data is seeded before readiness").isPresent();
            assertThat(operations.databaseReachable().getAsBoolean()).as("once started").isTrue();
        } finally {
            lifecycle.stop();
        }
    }
}
