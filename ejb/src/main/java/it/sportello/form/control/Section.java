package it.sportello.form.control;

import java.util.List;
import java.util.Objects;

import it.sportello.platform.i18n.LocalizedText;

/**
 * A group of fields with a title, rendered as one block of the wizard. When the section is hidden
 * all its fields are, whatever their own conditions say.
 */
public record Section(
        String id, LocalizedText title, LocalizedText description, Condition visibleWhen, List<Field> fields) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }
}
