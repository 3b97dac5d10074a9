package io.partnerportal.adapters.web;

import io.javalin.http.Context;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.ValidationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns what a request carries into typed inputs for a command, refusing anything unexpected:
 * a body above {@link #MAX_BODY_BYTES} (413), a body that is not JSON (415), unknown or repeated
 * query parameters and query numbers that are not whole numbers (400 naming the parameter).
 */
final class RequestReader {
    /** 1 MiB: larger bodies are refused before they are read. */
    static final long MAX_BODY_BYTES = 1_048_576;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

    private final Json json;

    RequestReader(Json json) {
        this.json = json;
    }

    /**
     * Javalin would route a request by its {@code X-HTTP-Method-Override} header; a request here
     * is what its method says, so the header is refused.
     */
    static void refuseMethodOverride(Context ctx) {
        if (ctx.req().getHeader("X-HTTP-Method-Override") != null) {
            throw ValidationException.of("X-HTTP-Method-Override", FieldErrorCode.NOT_APPLICABLE, "is not supported; send the method itself");
        }
    }

    /** The JSON body as {@code type}; an empty body reads as {@code {}}. */
    <T> T body(Context ctx, Class<T> type) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw ApiException.payloadTooLarge(MAX_BODY_BYTES);
        }
        String contentType = ctx.header("Content-Type");
        if (contentType != null && !isJson(contentType)) {
            throw ApiException.unsupportedMediaType();
        }
        byte[] body = ctx.bodyAsBytes();
        if (contentType == null && body.length > 0) {
            throw ApiException.unsupportedMediaType();
        }
        return json.read(body, type);
    }

    /** {@code application/json}, with no charset or UTF-8. */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase(Http.JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].strip().split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset")) {
                String charset = param.length < 2 ? "" : param[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The query parameters, each at most once and each one of {@code known}. */
    Query query(Context ctx, Set<String> known) {
        Map<String, List<String>> params = parse(ctx.queryString());
        Fields errors = new Fields();
        params.forEach((name, values) -> {
            if (!known.contains(name)) {
                errors.add(name, FieldErrorCode.UNKNOWN, "is not a known query parameter" + (known.isEmpty() ? "; this route takes none"
                        : "; known: " + String.join(", ", new TreeSet<>(known))));
            } else if (values.size() > 1) {
                errors.add(name, FieldErrorCode.DUPLICATE, "appears more than once");
            }
        });
        errors.throwIfAny();
        return new Query(params);
    }

    /** {@code a=1&b=2} decoded as UTF-8; a broken percent-encoding is a 400, never a silently dropped parameter. */
    private static Map<String, List<String>> parse(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return params;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameValue = pair.split("=", 2);
            try {
                String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
                String value = nameValue.length < 2 ? "" : URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("query", FieldErrorCode.MALFORMED, "is not a valid URL query string");
            }
        }
        return params;
    }

    /** Query parameters that passed {@link #query}. */
    record Query(Map<String, List<String>> params) {
        String text(String name) {
            List<String> values = params.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** A whole number, or null when absent; the core checks the range. */
        Integer number(String name) {
            String raw = text(name);
            if (raw == null) {
                return null;
            }
            if (!WHOLE_NUMBER.matcher(raw).matches()) {
                throw ValidationException.of(name, FieldErrorCode.WRONG_TYPE, "must be a whole number");
            }
            try {
                return Integer.valueOf(raw);
            } catch (NumberFormatException e) {
                throw ValidationException.of(name, FieldErrorCode.OUT_OF_RANGE, "is out of range");
            }
        }

        /** {@code true} or {@code false}; {@code fallback} when absent. */
        boolean flag(String name, boolean fallback) {
            String raw = text(name);
            if (raw == null) {
                return fallback;
            }
            return switch (raw) {
                case "true" -> true;
                case "false" -> false;
                default -> throw ValidationException.of(name, FieldErrorCode.NOT_ONE_OF, "must be true or false");
            };
        }
    }
}
