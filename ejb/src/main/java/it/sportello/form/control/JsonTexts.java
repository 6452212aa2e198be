package it.sportello.form.control;

import static it.sportello.platform.text.JsonFactory.JSON;

import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import it.sportello.platform.i18n.LocalizedText;

/** The JSON form of a {@link LocalizedText}: {@code {"it": ..., "en": ..., "de": ...}}. */
final class JsonTexts {

    private JsonTexts() {}

    static JsonObject write(LocalizedText text) {
        JsonObjectBuilder builder = JSON.createObjectBuilder().add("it", text.italian());
        // LocalizedText falls back to Italian: only real translations are written.
        for (Locale language : FormDefinitionReader.languagesOf(text)) {
            if (!language.equals(Locale.ITALIAN)) {
                builder.add(language.getLanguage(), text.in(language));
            }
        }
        return builder.build();
    }

    static LocalizedText read(JsonObject object) {
        return new LocalizedText(object.getString("it"), object.getString("en", null), object.getString("de", null));
    }
}
