package it.sportello.identity.entity;

import it.sportello.platform.BusinessException;

/**
 * A text that is not a codice fiscale. The message key says which rule it breaks, so that the
 * page can tell the citizen in their language; the rejected text is deliberately left out of
 * the message, because a fiscal code is personal data and exception messages end up in logs.
 */
public class InvalidFiscalCodeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Missing, wrong length, or a character of the wrong kind in some position. */
    public static final String FORMAT = "fiscal_code.invalid.format";

    /** Well formed, but the month letter or the day does not make a date. */
    public static final String DATE = "fiscal_code.invalid.date";

    /** Well formed, but the last character does not match the other fifteen. */
    public static final String CHECK = "fiscal_code.invalid.check";

    public InvalidFiscalCodeException(String messageKey) {
        super(messageKey);
    }
}
