package io.partnerportal.core.domain.value;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.util.UUID;

/** Parses the UUID form of the typed identifiers. */
public final class Ids {
    private Ids() {
    }

    /**
     * @param raw what a caller typed
     * @return the identifier
     * @throws InvalidValueException when {@code raw} is missing or not a UUID in its usual form
     */
    public static UUID parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidValueException.required("is required");
        }
        try {
            String s = raw.strip();
            UUID id = UUID.fromString(s);
            if (!id.toString().equalsIgnoreCase(s)) {
                throw new IllegalArgumentException(s);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED,
                    "must be an identifier like 3f1c0a5e-8d3b-4a53-9a8e-0c2b9d7f1e42");
        }
    }
}
