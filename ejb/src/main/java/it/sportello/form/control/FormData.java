package it.sportello.form.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import it.sportello.form.entity.FileType;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.platform.i18n.LocalizedText;

/**
 * The cleaned values of a filled form, by field id in page order: only visible fields that passed
 * their checks, typed as {@link FieldKind} says. A sent practice freezes them as JSON with
 * {@link #toJson()} and reads them back with the definition version it was filled with.
 *
 * <p>In JSON, numbers and amounts are numbers; dates and times ISO strings; checkboxes arrays;
 * addresses, map points and files objects; a computed text {@code {"it": ..., "en": ..., "de": ...}}.
 */
public record FormData(Map<String, Object> values) {

    public static final FormData EMPTY = new FormData(Map.of());

    public FormData {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a field, or null when it has none (not filled, hidden or refused). */
    public Object get(String fieldId) {
        return values.get(fieldId);
    }

    public <T> Optional<T> get(String fieldId, Class<T> type) {
        return Optional.ofNullable(values.get(fieldId)).filter(type::isInstance).map(type::cast);
    }

    public String toJson() {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        values.forEach((id, value) -> object.add(id, write(value)));
        return object.build().toString();
    }

    /**
     * Reads data written by {@link #toJson()} for the same definition; values of fields the
     * definition does not have are left out.
     */
    public static FormData fromJson(FormDefinition definition, String json) {
        JsonObject object;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : definition.fields()) {
            JsonValue value = object.get(field.id());
            if (value != null && value != JsonValue.NULL) {
                values.put(field.id(), read(field.kind(), value));
            }
        }
        return new FormData(values);
    }

    private static JsonValue write(Object value) {
        if (value instanceof BigDecimal number) {
            return JSON.createValue(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(String.valueOf(item)));
            return array.build();
        }
        if (value instanceof LocalizedText text) {
            return JsonTexts.write(text);
        }
        if (value instanceof PostalAddress address) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            addIfSet(object, PostalAddress.STREET, address.street());
            addIfSet(object, PostalAddress.NUMBER, address.number());
            addIfSet(object, PostalAddress.COUNTRY, address.country());
            addIfSet(object, PostalAddress.PROVINCE, address.province());
            addIfSet(object, PostalAddress.COMUNE, address.comune());
            addIfSet(object, PostalAddress.COMUNE_CODE, address.comuneCode());
            addIfSet(object, PostalAddress.CAP, address.cap());
            return object.build();
        }
        if (value instanceof GeoPoint point) {
            return JSON.createObjectBuilder()
                    .add(GeoPoint.LATITUDE, point.latitude())
                    .add(GeoPoint.LONGITUDE, point.longitude())
                    .build();
        }
        if (value instanceof StoredFile file) {
            JsonObjectBuilder object = JSON.createObjectBuilder().add("storageKey", file.storageKey());
            addIfSet(object, "fileName", file.fileName());
            return object.add("type", file.type().extension())
                    .add("size", file.size())
                    .build();
        }
        // Strings, dates, times, fiscal codes and request kinds are written as text.
        return JSON.createValue(value instanceof Enum<?> constant ? constant.name() : value.toString());
    }

    private static Object read(FieldKind kind, JsonValue value) {
        return switch (kind) {
            case NUMBER, AMOUNT, COMPUTED_AMOUNT -> ((JsonNumber) value).bigDecimalValue();
            case DATE -> LocalDate.parse(string(value));
            case TIME -> LocalTime.parse(string(value));
            case CHECKBOXES -> ((JsonArray) value).getValuesAs(JsonString::getString);
            case FISCAL_CODE -> FiscalCode.of(string(value));
            case REQUEST_KIND -> RequestKind.valueOf(string(value));
            case PRIVACY -> value == JsonValue.TRUE;
            case COMPUTED_TEXT -> JsonTexts.read((JsonObject) value);
            case ADDRESS -> address((JsonObject) value);
            case FILE -> file((JsonObject) value);
            case CALENDAR_SLOT -> TimeSpan.parse(string(value));
            case MAP_POINT -> point((JsonObject) value);
            default -> string(value);
        };
    }

    private static PostalAddress address(JsonObject object) {
        return new PostalAddress(
                object.getString(PostalAddress.STREET, null),
                object.getString(PostalAddress.NUMBER, null),
                object.getString(PostalAddress.COUNTRY, null),
                object.getString(PostalAddress.PROVINCE, null),
                object.getString(PostalAddress.COMUNE, null),
                object.getString(PostalAddress.COMUNE_CODE, null),
                object.getString(PostalAddress.CAP, null));
    }

    private static GeoPoint point(JsonObject object) {
        return new GeoPoint(
                object.getJsonNumber(GeoPoint.LATITUDE).bigDecimalValue(),
                object.getJsonNumber(GeoPoint.LONGITUDE).bigDecimalValue());
    }

    private static StoredFile file(JsonObject object) {
        return new StoredFile(
                object.getString("storageKey"),
                object.getString("fileName", null),
                FileType.named(object.getString("type")).orElseThrow(),
                object.getJsonNumber("size").longValue());
    }

    private static String string(JsonValue value) {
        return ((JsonString) value).getString();
    }

    private static void addIfSet(JsonObjectBuilder object, String key, String value) {
        if (value != null) {
            object.add(key, value);
        }
    }
}
