package it.sportello.form.control;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes form definitions in their JSON format, described in {@code package-info.java}
 * and, for editors, in {@code form-definition.schema.json}; this class is the authority when the
 * two disagree.
 */
public final class FormDefinitions {

    /** How many read definitions are kept; a municipality publishes a few dozen forms, each in a few versions. */
    static final int KEPT = 256;

    /**
     * Definitions already read, by their JSON. A published version never changes and a definition
     * is immutable, so the many reads of the same form (sending a practice reads it three times,
     * every step of the wizard once) parse it once.
     */
    private static final Map<String, FormDefinition> READ = new ConcurrentHashMap<>();

    private FormDefinitions() {}

    /**
     * The definition written in {@code json}.
     *
     * @throws InvalidFormDefinitionException with every problem found, each with its JSON path
     */
    public static FormDefinition parse(String json) {
        FormDefinition known = READ.get(json);
        if (known != null) {
            return known;
        }
        FormDefinitionReader reader = new FormDefinitionReader();
        FormDefinition definition = reader.read(json);
        if (definition == null) {
            throw new InvalidFormDefinitionException(reader.problems());
        }
        if (READ.size() >= KEPT) {
            READ.clear();
        }
        READ.put(json, definition);
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
