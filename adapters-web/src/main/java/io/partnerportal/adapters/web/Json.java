package io.partnerportal.adapters.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * JSON in and out. Input is strict (SPEC §4): no coercion of {@code "5"} to 5 or 5.5 to 5, no
 * unknown fields, no duplicate keys, no nulls inside arrays, nothing after the object. Every
 * refusal becomes a validation error naming the field as the caller wrote it
 * ({@code contacts[0].email}); Jackson's own messages, which name Java types, never reach the
 * caller. Output writes dates as ISO-8601 strings and keeps nulls, as SPEC §5.2 shows them.
 */
final class Json {
    static final String BODY = "body";
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfigDefaults(c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view could not be written as JSON", e);
        }
    }

    /** Reads a request body; an empty body reads as {@code {}}, so required fields are named one by one. */
    <T> T read(byte[] body, Class<T> type) {
        int first = firstSignificant(body);
        if (first < 0) {
            body = EMPTY_OBJECT;
        } else if (body[first] != '{') {
            throw ValidationException.of(BODY, FieldErrorCode.WRONG_TYPE, "must be a single JSON object");
        }
        try {
            return mapper.readValue(body, type);
        } catch (JacksonException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw ValidationException.of(BODY, FieldErrorCode.MALFORMED, "is not valid JSON in UTF-8");
        }
    }

    /** The index of the first byte that is not blank (nor a UTF-8 byte order mark), -1 if none. */
    private static int firstSignificant(byte[] body) {
        int i = body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF ? 3 : 0;
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The field the caller got wrong, and why, in the caller's words. */
    private static ValidationException refusal(JacksonException e) {
        Throwable cause = e.getCause() instanceof JacksonException c ? c : e;
        if (e instanceof StreamConstraintsException || cause instanceof StreamConstraintsException) {
            return ValidationException.of(BODY, FieldErrorCode.TOO_LONG, "is too large or too deeply nested");
        }
        StreamReadException read = e instanceof StreamReadException r ? r
                : cause instanceof StreamReadException r ? r : null;
        if (read != null) {
            String at = read.getProcessor() == null ? "" : fromContext(read.getProcessor().getParsingContext());
            if (read instanceof InputCoercionException) {
                return ValidationException.of(at.isEmpty() ? BODY : at, FieldErrorCode.OUT_OF_RANGE, "is out of range");
            }
            String message = read.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return ValidationException.of(at.isEmpty() ? BODY : at, FieldErrorCode.DUPLICATE, "appears twice in the same object");
            }
            JsonLocation where = read.getLocation();
            return ValidationException.of(BODY, FieldErrorCode.MALFORMED, "is not valid JSON" + (where == null ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        }
        String field = e instanceof JsonMappingException m ? fromPath(m.getPath()) : "";
        if (field.isEmpty()) {
            return ValidationException.of(BODY, FieldErrorCode.WRONG_TYPE, "must be a single JSON object");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ValidationException.of(field, FieldErrorCode.UNKNOWN, "is not a known field; known fields: "
                    + known(u.getKnownPropertyIds()));
        }
        if (e instanceof InvalidNullException) {
            return ValidationException.of(field, FieldErrorCode.REQUIRED, "must not be null");
        }
        if (e instanceof MismatchedInputException m) {
            return ValidationException.of(field, FieldErrorCode.WRONG_TYPE, expected(m.getTargetType()));
        }
        return ValidationException.of(field, FieldErrorCode.WRONG_TYPE, "has the wrong type");
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : String.join(", ", new TreeSet<>(ids.stream().map(String::valueOf).toList()));
    }

    private static String fromPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String fromContext(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
