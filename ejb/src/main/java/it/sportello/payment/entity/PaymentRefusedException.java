package it.sportello.payment.entity;

import it.sportello.platform.BusinessException;

/** A payment or stamp duty refused a change: the key names the rule ({@code payment.already_paid}, ...). */
public class PaymentRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PaymentRefusedException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
