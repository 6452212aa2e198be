package it.sportello.form.boundary;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;

import it.sportello.platform.BusinessException;

/** Checks a form definition before it is published and stores it in one canonical spelling. */
final class FormDefinitionCheck {

    private FormDefinitionCheck() {
    }

    static String normalize(String definition) {
        try (JsonReader reader = Json.createReader(new StringReader(definition))) {
            return reader.readObject().toString();
        } catch (JsonException e) {
            throw new BusinessException("form.definition.invalid", e.getMessage());
        }
    }
}
