package it.sportello.form.boundary;

import it.sportello.form.control.FormDefinitions;
import it.sportello.form.control.InvalidFormDefinitionException;

/** Checks a form definition before it is published and stores it in one canonical spelling. */
final class FormDefinitionCheck {

    private FormDefinitionCheck() {
    }

    /**
     * The definition as the writer spells it, so that an unchanged form is recognised whatever
     * its indentation.
     *
     * @throws InvalidFormDefinitionException with every problem of the definition
     */
    static String normalize(String definition) {
        return FormDefinitions.toJson(FormDefinitions.parse(definition));
    }
}
