package it.sportello.booking.entity;

/**
 * Where an appointment stands: held while the citizen completes it (bozza), waiting for the
 * office when the calendar is moderated, confirmed, then what happened, or ended early.
 */
public enum AppointmentStatus {
    DRAFT,
    PENDING,
    CONFIRMED,
    DONE,
    NO_SHOW,
    CANCELLED,
    REFUSED;

    /** Whether an appointment in this status takes room in its slots (a draft only while held). */
    public boolean occupies() {
        return this != CANCELLED && this != REFUSED;
    }

    /** Whether the appointment is still to come: neither ended nor happened. */
    public boolean isOpen() {
        return this == DRAFT || this == PENDING || this == CONFIRMED;
    }
}
