package it.sportello.form.control;

import java.util.List;
import java.util.Objects;

/**
 * A value refused by {@link FormValidator}: which field, why (a {@code FormMessages} key starting
 * with {@code form.}) and the values the message shows. Render it with
 * {@link FormMessages#render(FieldError, FormDefinition, java.util.Locale)}.
 */
public record FieldError(String fieldId, String messageKey, List<Object> parameters) {

    public FieldError {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(messageKey, "messageKey");
        parameters = List.copyOf(parameters);
    }

    public FieldError(String fieldId, String messageKey, Object... parameters) {
        this(fieldId, messageKey, List.of(parameters));
    }
}
