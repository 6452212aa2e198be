package it.sportello.practice.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a citizen typed in a draft, kept as it was typed (not yet checked) so that a draft can be
 * resumed exactly: texts, lists of ticked options and address parts, by field id, as JSON. Files
 * are not in it: they are the draft's attachments.
 */
public final class DraftInput {

    private DraftInput() {}

    public static String toJson(Map<String, ?> input) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        input.forEach((id, value) -> {
            if (value instanceof String text) {
                json.add(id, text);
            } else if (value instanceof Boolean flag) {
                json.add(id, flag);
            } else if (value instanceof List<?> list) {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                list.forEach(item -> array.add(String.valueOf(item)));
                json.add(id, array);
            } else if (value instanceof Object[] array) {
                JsonArrayBuilder items = JSON.createArrayBuilder();
                for (Object item : array) {
                    items.add(String.valueOf(item));
                }
                json.add(id, items);
            } else if (value instanceof Map<?, ?> parts) {
                JsonObjectBuilder object = JSON.createObjectBuilder();
                parts.forEach((key, part) -> {
                    if (part != null) {
                        object.add(String.valueOf(key), String.valueOf(part));
                    }
                });
                json.add(id, object);
            }
            // anything else (uploads) is kept as an attachment, not here
        });
        return json.build().toString();
    }

    public static Map<String, Object> fromJson(String text) {
        Map<String, Object> input = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return input;
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        json.forEach((id, value) -> {
            switch (value.getValueType()) {
                case STRING -> input.put(id, ((JsonString) value).getString());
                case TRUE -> input.put(id, Boolean.TRUE);
                case FALSE -> input.put(id, Boolean.FALSE);
                case ARRAY ->
                    input.put(
                            id,
                            value.asJsonArray().stream().map(DraftInput::text).toList());
                case OBJECT -> {
                    Map<String, String> parts = new LinkedHashMap<>();
                    value.asJsonObject().forEach((key, part) -> parts.put(key, text(part)));
                    input.put(id, parts);
                }
                default -> {
                    // null or a number written by hand: nothing a page sends
                }
            }
        });
        return input;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
