package it.sportello.booking.boundary;

import it.sportello.booking.entity.BookingRefusedException;

/**
 * Another booking took the same seat at the same moment: the database refused the second one. The
 * attempt is rolled back and tried again with the seats as they now are.
 */
public class SeatConflictException extends BookingRefusedException {

    private static final long serialVersionUID = 1L;

    public SeatConflictException() {
        super("booking.slots.taken");
    }
}
