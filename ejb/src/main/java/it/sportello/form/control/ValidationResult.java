package it.sportello.form.control;

import java.util.List;

/**
 * What {@link FormValidator} made of a submission: the cleaned data, holding only the values
 * that passed, and the errors of the others. A practice may be sent only when there are none.
 */
public record ValidationResult(FormData data, List<FieldError> errors) {

    public ValidationResult {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errorsOf(String fieldId) {
        return errors.stream().filter(error -> error.fieldId().equals(fieldId)).toList();
    }
}
