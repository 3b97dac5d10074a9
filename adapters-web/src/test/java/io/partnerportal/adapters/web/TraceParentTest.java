package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** W3C Trace Context's {@code traceparent}: which headers a request continues, and what it starts otherwise. */
class TraceParentTest {

    @Test
    void O4_onlyAWellFormedTraceparentIsContinued() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        assertThat(TraceParent.continueOrStart("00-" + trace + "-00f067aa0ba902b7-01").traceId()).isEqualTo(trace);
        assertThat(TraceParent.continueOrStart("01-" + trace + "-00f067aa0ba902b7-00-what-comes-later").traceId())
                .as("a later version's first fields").isEqualTo(trace);
        for (String bad : new String[]{"ff-" + trace + "-00f067aa0ba902b7-01",
                "00-" + trace + "-00f067aa0ba902b7-01-extra", "00-" + trace.toUpperCase() + "-00f067aa0ba902b7-01",
                "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01", "00-" + trace + "-0000000000000000-01",
                "00-" + trace + "-00f067aa0ba902b7", "garbage"}) {
            TraceParent started = TraceParent.continueOrStart(bad);
            assertThat(started.traceId()).as(bad).isNotEqualTo(trace).matches("[0-9a-f]{32}");
            assertThat(started.flags()).isEqualTo("00");
        }
    }
}
