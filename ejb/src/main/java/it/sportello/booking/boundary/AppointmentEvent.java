package it.sportello.booking.boundary;

/**
 * Something happened to an appointment that the person (and, when the calendar's notifications are
 * on, its operators) should hear about; mailed once the change has committed.
 */
public record AppointmentEvent(String reference, Kind kind) {

    public enum Kind {
        BOOKED,
        CANCELLED_BY_CITIZEN,
        CANCELLED_BY_OFFICE,
        APPROVED,
        REFUSED,
        MOVED,
        VIDEO_LINK,
        /** The day before; for the person only. */
        REMINDER
    }
}
