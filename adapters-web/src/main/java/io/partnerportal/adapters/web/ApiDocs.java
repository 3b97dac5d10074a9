package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /api/docs}: the partner API's OpenAPI document ({@link OpenApi}) rendered by Swagger UI,
 * whose files come from the {@code org.webjars:swagger-ui} jar on the class path — nothing from
 * elsewhere. The page is ours, with no inline script (its init script is {@code api-docs.js}), so it
 * works under the portal's Content-Security-Policy, with {@code data:} images added for Swagger UI's
 * icons ({@link SecurityHeaders#DOCS_POLICY}). Only the files named here are served.
 */
final class ApiDocs {
    static final String PATH = "/api/docs";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** File name → media type: Swagger UI's stylesheet, bundle and icon, and our init script. */
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "api-docs.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png");

    private final byte[] page;
    private final Map<String, byte[]> files;

    ApiDocs() {
        String version = swaggerUiVersion();
        page = read("docs/index.html");
        files = Map.of(
                "swagger-ui.css", readAbsolute(WEBJAR + version + "/swagger-ui.css"),
                "swagger-ui-bundle.js", readAbsolute(WEBJAR + version + "/swagger-ui-bundle.js"),
                "api-docs.js", read("docs/api-docs.js"),
                "favicon-32x32.png", readAbsolute(WEBJAR + version + "/favicon-32x32.png"));
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.status(200).contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache").header("Content-Security-Policy", SecurityHeaders.DOCS_POLICY)
                .result(page));
        routes.get(PATH + "/{file}", this::file);
    }

    private void file(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] content = files.get(name);
        if (content == null) {
            throw new NotFoundResponse();
        }
        // the files change only with the build; a day's caching spares the 1.7 MB bundle
        ctx.status(200).contentType(FILES.get(name)).header("Cache-Control", "public, max-age=86400")
                .result(content);
    }

    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI (org.webjars:swagger-ui) is missing from the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static byte[] read(String relative) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(relative)) {
            if (in == null) {
                throw new IllegalStateException(relative + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAbsolute(String path) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
