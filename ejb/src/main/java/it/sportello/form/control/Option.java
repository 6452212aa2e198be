package it.sportello.form.control;

import java.util.Objects;

import it.sportello.platform.i18n.LocalizedText;

/**
 * One choice of a select, radio or checkboxes field: the value stored in the practice and the
 * label shown.
 */
public record Option(String value, LocalizedText label) {

    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
