package it.sportello.form.control;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong in the JSON of a form definition, where it is and why, for the administrator
 * who wrote it. Render it with {@link FormMessages#render(DefinitionProblem, java.util.Locale)}.
 *
 * @param path       where, as a JSON path: {@code $.sections[1].fields[0].options}
 * @param messageKey the key in {@code FormMessages}, starting with {@code definition.}
 * @param parameters the values the message shows
 */
public record DefinitionProblem(String path, String messageKey, List<Object> parameters) {

    public DefinitionProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        parameters = List.copyOf(parameters);
    }

    public DefinitionProblem(String path, String messageKey, Object... parameters) {
        this(path, messageKey, List.of(parameters));
    }
}
