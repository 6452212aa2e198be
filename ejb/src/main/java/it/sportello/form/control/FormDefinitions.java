package it.sportello.form.control;

import java.util.List;

/**
 * Reads and writes form definitions in their JSON format, described in {@code package-info.java}
 * and, for editors, in {@code form-definition.schema.json}; this class is the authority when the
 * two disagree.
 */
public final class FormDefinitions {

    private FormDefinitions() {
    }

    /**
     * The definition written in {@code json}.
     *
     * @throws InvalidFormDefinitionException with every problem found, each with its JSON path
     */
    public static FormDefinition parse(String json) {
        FormDefinitionReader reader = new FormDefinitionReader();
        FormDefinition definition = reader.read(json);
        if (definition == null) {
            throw new InvalidFormDefinitionException(reader.problems());
        }
        return definition;
    }

    /** Every problem of {@code json}; empty when {@link #parse(String)} would succeed. */
    public static List<DefinitionProblem> problems(String json) {
        FormDefinitionReader reader = new FormDefinitionReader();
        reader.read(json);
        return List.copyOf(reader.problems());
    }

    /** The definition as indented JSON that {@link #parse(String)} reads back to an equal definition. */
    public static String toJson(FormDefinition definition) {
        return FormDefinitionWriter.write(definition);
    }
}
