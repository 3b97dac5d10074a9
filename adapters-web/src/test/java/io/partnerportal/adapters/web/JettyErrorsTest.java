package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

/** What the server answers by itself, before a route runs: problem+json, and a 503 says when to retry. */
class JettyErrorsTest {

    @Test
    void theServersOwn503WhileStoppingIsAProblemWithRetryAfterAndItsCode() {
        HttpFields.Mutable headers = HttpFields.build();
        JettyErrors.headers(headers, 503);
        String body = new String(new JettyErrors(new Json()).body(503, "lb-1"), StandardCharsets.UTF_8);

        assertThat(headers.get("Retry-After")).isEqualTo("30");
        assertThat(headers.get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(body).contains("\"status\":503", "\"code\":\"UNAVAILABLE\"", "\"requestId\":\"lb-1\"");
    }

    @Test
    void otherRefusalsSayNoRetryAfter() {
        HttpFields.Mutable headers = HttpFields.build();
        JettyErrors.headers(headers, 400);

        assertThat(headers.get("Retry-After")).isNull();
        assertThat(new String(new JettyErrors(new Json()).body(400, "lb-2"), StandardCharsets.UTF_8))
                .contains("\"code\":\"MALFORMED_REQUEST\"");
    }
}
