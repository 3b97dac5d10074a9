package io.partnerportal.adapters.web.portal;

import io.javalin.http.Context;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.adapters.web.portal.PageModels.Link;
import io.partnerportal.core.domain.error.FieldError;
import io.partnerportal.core.domain.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads form fields and turns the core's field errors into messages in the visitor's language, one
 * per field the core named (a field the core names is a field of the form), chosen by the error's
 * code where the bundle has a message for it, with a summary that links to each field.
 */
final class Forms {
    private Forms() {
    }

    /** The posted fields, as typed (null when absent). */
    static Map<String, String> read(Context ctx, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : fields) {
            String v = ctx.formParam(f);
            if (v != null) {
                values.put(f, v);
            }
        }
        return values;
    }

    /** The form again with its values and, for each field the core refused, a message. */
    static Form invalid(Texts t, Map<String, String> values, ValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError f : e.errors()) {
            errors.putIfAbsent(f.field(), message(t, f));
        }
        List<Link> summary = new ArrayList<>();
        errors.forEach((field, message) -> summary.add(Link.to(message, "#" + field)));
        return new Form(values, errors, summary);
    }

    /** The field's message for the error's code, else the field's general message. */
    static String message(Texts t, FieldError f) {
        String specific = "field." + f.field() + "." + f.code().name();
        return t.keys().contains(specific) ? t.t(specific) : t.t("field." + f.field() + ".error");
    }

    static Form filled(Map<String, String> values) {
        return new Form(values, Map.of(), List.of());
    }
}
