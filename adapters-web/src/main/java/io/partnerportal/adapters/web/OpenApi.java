package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 document of every route, written by hand next
 * to this class and kept true by a test against the registered routes. No key is needed.
 */
final class OpenApi {
    static final String PATH = PartnerApi.V1 + "/openapi.json";
    static final String RESOURCE = "openapi.json";

    private final byte[] document;

    OpenApi() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.status(200).contentType(Http.JSON).header("Cache-Control", "no-cache")
                .result(document));
    }
}
