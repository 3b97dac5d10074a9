package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy and the referrer policy follow what is answered: pages get their own,
 * data gets none.
 */
class SecurityHeadersTest {

    @Test
    void anHtmlPageMayLoadOnlyItsOwnResourcesAndIsNeverFramed() {
        assertThat(SecurityHeaders.policyFor("text/html;charset=utf-8"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
    }

    @Test
    void anythingElseMayLoadNothing() {
        assertThat(SecurityHeaders.policyFor("application/json"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(SecurityHeaders.policyFor(null)).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void aPageTellsOnlyItsOwnSiteWhereAVisitorCameFromAndDataTellsNobody() {
        assertThat(SecurityHeaders.referrerPolicyFor("text/html;charset=utf-8")).isEqualTo("same-origin");
        assertThat(SecurityHeaders.referrerPolicyFor("application/problem+json")).isEqualTo("no-referrer");
        assertThat(SecurityHeaders.referrerPolicyFor(null)).isEqualTo("no-referrer");
    }
}
