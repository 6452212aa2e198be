package it.sportello.practice.entity;

import it.sportello.platform.BusinessException;

/** A practice refused a change: the key names the rule ({@code practice.withdraw.payment}, ...). */
public class PracticeRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PracticeRefusedException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
