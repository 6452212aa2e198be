package it.sportello.booking.entity;

import it.sportello.platform.BusinessException;

/** A booking rule refused what was asked; the key names the reason for the person. */
public class BookingRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** The hold of a draft is over: its slots may be somebody else's by now. */
    public static final String HOLD_EXPIRED = "booking.hold.expired";

    public BookingRefusedException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
