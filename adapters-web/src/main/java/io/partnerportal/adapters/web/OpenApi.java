package io.partnerportal.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 document of every route, written by hand next
 * to this class and kept true by a test against the registered routes. Served with an absolute
 * {@code servers} URL, the portal's public base URL followed by {@code /api/v1}, so a generated
 * client needs no host set by hand. No key is needed.
 */
final class OpenApi {
    static final String PATH = PartnerApi.V1 + "/openapi.json";
    static final String RESOURCE = "openapi.json";

    private final byte[] document;

    OpenApi(URI baseUrl) {
        this.document = document(baseUrl);
    }

    /** The document as served by a portal whose public base URL is {@code baseUrl}. */
    static byte[] document(URI baseUrl) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            ObjectNode doc = (ObjectNode) mapper.readTree(in);
            ((ObjectNode) doc.path("servers").get(0)).put("url", serverUrl(baseUrl));
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API's absolute URL under {@code baseUrl} (whose trailing slash, if any, is not doubled). */
    static String serverUrl(URI baseUrl) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PartnerApi.V1;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.status(200).contentType(Http.JSON).header("Cache-Control", "no-cache")
                .result(document));
    }
}
