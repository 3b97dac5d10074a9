package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code /api/docs} over HTTP: our page with no inline script under the page policy (plus
 * {@code data:} images), Swagger UI's files from the jar, nothing else served under it.
 */
class ApiDocsTest extends ScenarioTest {

    @Test
    void thePageLoadsOnlyItsOwnFilesUnderThePagePolicy() {
        TestApi.Reply page = api.get("/api/docs", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.DOCS_POLICY)
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
        assertThat(page.body()).contains("<script src=\"/api/docs/swagger-ui-bundle.js\"></script>",
                "<script src=\"/api/docs/api-docs.js\"></script>").doesNotContainPattern("<script>|<script [^s]|style=");
        assertThat(page.body().replaceAll("href=\"/api/[^\"]+\"|src=\"/api/[^\"]+\"", ""))
                .as("every resource is the portal's own").doesNotContain("href=\"http", "src=\"");
    }

    @Test
    void swaggerUisFilesComeFromTheJar() {
        TestApi.Reply bundle = api.get("/api/docs/swagger-ui-bundle.js", null);
        TestApi.Reply css = api.get("/api/docs/swagger-ui.css", null);
        TestApi.Reply init = api.get("/api/docs/api-docs.js", null);

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(bundle.header("Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(init.body()).contains("/api/v1/openapi.json", "validatorUrl: null");
    }

    @Test
    void nothingElseIsServedUnderIt() {
        for (String path : new String[]{"/api/docs/index.html", "/api/docs/swagger-initializer.js",
                "/api/docs/..%2Fv1%2Fopenapi.json", "/api/docs/oauth2-redirect.html"}) {
            TestApi.Reply r = api.get(path, null);
            assertThat(r.status()).as(path).isIn(400, 404);
            assertThat(r.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }
}
