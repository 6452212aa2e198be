package it.sportello.booking.control;

import java.time.Duration;
import java.time.LocalDateTime;

import it.sportello.booking.entity.OpeningHours;

/** One bookable interval of a calendar, with its room and what it is at the moment it was computed. */
public record Slot(
        OpeningHours hours, LocalDateTime start, LocalDateTime end, int capacity, int taken, SlotState state) {

    public int free() {
        return Math.max(0, capacity - taken);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
