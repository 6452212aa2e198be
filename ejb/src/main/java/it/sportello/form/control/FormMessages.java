package it.sportello.form.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import it.sportello.platform.i18n.LocalizedText;
import it.sportello.platform.i18n.Texts;

/**
 * The texts of field errors and definition problems, from the bundle {@code FormMessages}
 * (Italian base file, {@code _en}, {@code _de}), read through {@link Texts}: as in every
 * bundle, a message with parameters writes an apostrophe as {@code ''}.
 */
public final class FormMessages {

    public static final String BUNDLE = "it.sportello.form.control.FormMessages";

    private FormMessages() {}

    /** The error alone, as shown under its input: "Campo richiesto". */
    public static String message(FieldError error, Locale locale) {
        return text(error.messageKey(), locale, error.parameters());
    }

    /**
     * The error naming its field, as shown in a summary:
     * "Codice fiscale del beneficiario: codice fiscale non valido".
     */
    public static String render(FieldError error, FormDefinition definition, Locale locale) {
        String label = definition
                .field(error.fieldId())
                .map(field -> field.label().in(locale))
                .orElse(error.fieldId());
        return label + ": " + decapitalise(message(error, locale));
    }

    /** A problem of a definition with where it is: "$.sections[0].fields[2].kind: ...". */
    public static String render(DefinitionProblem problem, Locale locale) {
        return problem.path() + ": " + decapitalise(text(problem.messageKey(), locale, problem.parameters()));
    }

    /** Any text of the bundle, with parameters formatted for the reader. */
    public static String text(String key, Locale locale, List<Object> parameters) {
        Texts texts = Texts.of(BUNDLE, locale);
        return texts.get(
                key,
                parameters.stream()
                        .map(parameter -> format(parameter, texts.locale()))
                        .toArray());
    }

    private static String format(Object parameter, Locale locale) {
        if (parameter instanceof BigDecimal || parameter instanceof LocalDate) {
            return TextTemplate.format(parameter, locale);
        }
        if (parameter instanceof LocalizedText text) {
            return text.in(locale);
        }
        if (parameter instanceof LocalTime time) {
            return time.format(DateTimeFormatter.ofPattern("H:mm"));
        }
        return String.valueOf(parameter);
    }

    /** "Campo richiesto" reads "campo richiesto" after a colon; "CAP ..." stays as it is. */
    private static String decapitalise(String text) {
        if (text.length() > 1
                && Character.isUpperCase(text.charAt(0))
                && (Character.isLowerCase(text.charAt(1)) || text.charAt(1) == '\'')) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
