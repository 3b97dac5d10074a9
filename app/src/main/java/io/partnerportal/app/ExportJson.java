package io.partnerportal.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.partnerportal.core.operations.PersonalData;

/** A person's export as one JSON document: instants and dates in ISO form, absent values as null. */
final class ExportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ExportJson() {
    }

    static String write(PersonalData.Export export) {
        try {
            return MAPPER.writeValueAsString(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export is plain data", e);
        }
    }
}
