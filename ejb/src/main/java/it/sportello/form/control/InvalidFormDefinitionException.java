package it.sportello.form.control;

import java.util.List;

import it.sportello.platform.BusinessException;

/**
 * A form definition that cannot be used, with every problem found, not just the first: the
 * administrator fixes them all in one go.
 */
public class InvalidFormDefinitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** The key of the general message; the problems have their own. */
    public static final String KEY = "form.definition.invalid";

    private final transient List<DefinitionProblem> problems;

    public InvalidFormDefinitionException(List<DefinitionProblem> problems) {
        super(KEY, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        // The path and key are enough to find the problem in a log; the definition is not personal data.
        return KEY + " "
                + problems.stream()
                        .map(p -> p.path() + " " + p.messageKey() + p.parameters())
                        .toList();
    }
}
