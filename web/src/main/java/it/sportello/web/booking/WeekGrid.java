package it.sportello.web.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import it.sportello.booking.control.Holiday;
import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotRules;
import it.sportello.form.control.TimeSpan;

/**
 * One week of a calendar as a practice's calendar slot field shows it: the slots from Monday to
 * Sunday, the holidays named, the slots the field holds ticked. Read by {@code
 * WEB-INF/includes/booking/week-grid.xhtml}, as the booking's week page is.
 */
public final class WeekGrid {

    private final LocalDate monday;
    private final List<Slot> slots;
    private final Map<LocalDate, Holiday> holidays;
    private final TimeSpan held;
    private final LocalDate today;

    public WeekGrid(
            LocalDate monday, List<Slot> slots, Map<LocalDate, Holiday> holidays, TimeSpan held, LocalDate today) {
        this.monday = monday;
        this.slots = List.copyOf(slots);
        this.holidays = Map.copyOf(holidays);
        this.held = held;
        this.today = today;
    }

    public List<LocalDate> getDays() {
        return monday.datesUntil(monday.plusDays(7)).toList();
    }

    public List<LocalTime> getRows() {
        return SlotRules.rows(slots);
    }

    /** The slot of a cell, or null when the calendar has none then. */
    public Slot slot(LocalDate day, LocalTime time) {
        LocalDateTime start = day.atTime(time);
        return slots.stream().filter(s -> s.start().equals(start)).findFirst().orElse(null);
    }

    /** The holiday a day is, when the calendar is closed for it; null otherwise. */
    public Holiday holiday(LocalDate day) {
        return holidays.get(day);
    }

    /** Whether the field holds this slot. */
    public boolean ticked(Slot slot) {
        return held != null && held.contains(slot.start());
    }

    public LocalDate getMonday() {
        return monday;
    }

    public LocalDate getSunday() {
        return monday.plusDays(6);
    }

    /** Whether there is an earlier week to show: not before this one. */
    public boolean isPrevious() {
        return monday.isAfter(SlotRules.weekOf(today));
    }
}
