package it.sportello.platform.money;

import it.sportello.platform.BusinessException;

/** A text or a number that is not an amount in euros; the message key says which rule it breaks. */
public class InvalidAmountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Not a number at all, or not as a whole ("12,3x"). */
    public static final String FORMAT = "amount.invalid.format";

    /** More than two decimals, as typed ("10,555", or "1.500" meant as fifteen hundred). */
    public static final String DECIMALS = "amount.invalid.decimals";

    /** Below zero. */
    public static final String NEGATIVE = "amount.invalid.negative";

    /** Above {@link Money#MAX}. */
    public static final String TOO_LARGE = "amount.invalid.too_large";

    public InvalidAmountException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
