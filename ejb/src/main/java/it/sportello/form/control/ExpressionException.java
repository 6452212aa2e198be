package it.sportello.form.control;

import java.util.List;

/**
 * An expression or template that cannot be read. Carries a {@code FormMessages} key and its
 * parameters, which become a {@link DefinitionProblem} when the definition is read.
 */
public class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> parameters;

    public ExpressionException(String messageKey, Object... parameters) {
        super(messageKey + " " + List.of(parameters));
        this.messageKey = messageKey;
        this.parameters = List.of(parameters);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> parameters() {
        return parameters;
    }
}
