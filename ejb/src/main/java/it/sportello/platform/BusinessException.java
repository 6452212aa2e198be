package it.sportello.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business refused what was asked. Carries the bundle key of the message the user
 * reads; the transaction is rolled back. Pages never catch it: the exception handler of the web
 * module turns it into a localized message.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] parameters;

    public BusinessException(String messageKey, Object... parameters) {
        super(messageKey);
        this.messageKey = messageKey;
        this.parameters = parameters.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
