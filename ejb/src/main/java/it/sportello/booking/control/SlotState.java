package it.sportello.booking.control;

/** What a slot of the week grid is for the citizen. */
public enum SlotState {
    /** Already begun. */
    PAST,
    /** Inside the calendar's minimum notice. */
    TOO_SOON,
    /** Beyond the days ahead the calendar opens for booking. */
    NOT_YET_BOOKABLE,
    /** Every parallel place is taken, or held by somebody completing a booking. */
    FULL,
    AVAILABLE;

    public boolean isBookable() {
        return this == AVAILABLE;
    }
}
