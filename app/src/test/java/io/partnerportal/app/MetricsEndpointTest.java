package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} of a running portal: JVM, pool, server threads, emails by type, the outbox's age. */
class MetricsEndpointTest {
    private static final Pattern WELCOMES_SENT = Pattern.compile("portal_emails_sent_total\\{type=\"WELCOME\"} (\\d+)\\.0");

    @TempDir
    Path dir;

    @Test
    void theMetricsShowTheJvmThePoolTheServerThreadsAndTheEmailsAsTheyAreSent() {
        try (RunningPortal portal = new RunningPortal(Map.of("PORTAL_DATA_DIR", dir.resolve("data").toString()))) {
            String first = portal.call("GET", "/metrics", null, null).body();
            assertThat(first).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads ", "process_uptime_seconds ",
                    "system_cpu_count ", "jvm_classes_loaded_classes ")
                    .contains("hikaricp_connections_active{pool=\"portal\"}", "hikaricp_connections_max{pool=\"portal\"} 10.0",
                            "hikaricp_connections_acquire_seconds_count{pool=\"portal\"}")
                    .contains("jetty_threads_busy ", "jetty_threads_config_max ", "jetty_threads_idle ")
                    .contains("portal_outbox_oldest_pending_age_seconds ", "portal_emails_attempted_total{type=\"WELCOME\"}");

            // the demo data queued a WELCOME for the demo contact; the delivery loop writes it and the counter moves
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            long sent = 0;
            while (sent == 0 && System.nanoTime() < deadline) {
                Matcher m = WELCOMES_SENT.matcher(portal.call("GET", "/metrics", null, null).body());
                sent = m.find() ? Long.parseLong(m.group(1)) : 0;
                if (sent == 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
                }
            }
            assertThat(sent).isEqualTo(1);
            String later = portal.call("GET", "/metrics", null, null).body();
            assertThat(later).contains("portal_emails_attempted_total{type=\"WELCOME\"} 1.0")
                    .contains("portal_emails_dead_total{type=\"WELCOME\"} 0.0")
                    .containsPattern("portal_http_requests_seconds_count\\{method=\"GET\",route=\"/metrics\",status=\"200\"} [1-9]");
        }
    }

    @Test
    void O4_thePoolSizeIsAKeyAndTheBuildIsShown() {
        BuildInfo build = BuildInfo.read();
        try (RunningPortal portal = new RunningPortal(Map.of("PORTAL_DATA_DIR", dir.resolve("data").toString(),
                "PORTAL_DB_POOL_SIZE", "4"))) {
            portal.call("GET", "/health/live", null, null);
            String text = portal.call("GET", "/metrics", null, null).body();
            assertThat(text).contains("hikaricp_connections_max{pool=\"portal\"} 4.0")
                    .contains("portal_build_info{commit=\"" + build.commit() + "\",version=\"" + build.version()
                            + "\"} 1")
                    .containsPattern("portal_http_requests_seconds_bucket\\{method=\"GET\",route=\"/health/live\","
                            + "status=\"200\",le=\"0.005\"} [0-9]");
        }
    }
}
