package it.sportello.booking.control;

import java.time.LocalDate;

/**
 * A holiday as one calendar keeps it: closed, as every calendar is by default, or opened by an
 * administrator exceptionally.
 */
public record CalendarHoliday(LocalDate day, Holiday holiday, boolean open) {}
