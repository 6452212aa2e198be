package it.sportello.booking.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.function.BiFunction;

import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;

/**
 * The calendar's per-person limits: at most N appointments per day, week (Monday to Sunday),
 * month and year of the appointment's start, counting the other appointments the same person has
 * in the calendar that are not cancelled or refused.
 */
public final class Limits {

    private Limits() {}

    /**
     * Refuses with the period and the limit when one more appointment starting then would exceed one.
     *
     * @param others how many other appointments the person has starting in [from, to)
     */
    public static void check(
            Calendar calendar, LocalDateTime start, BiFunction<LocalDateTime, LocalDateTime, Long> others) {
        LocalDate day = start.toLocalDate();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        check(calendar.getMaxPerDay(), "day", day, day.plusDays(1), others);
        check(calendar.getMaxPerWeek(), "week", monday, monday.plusWeeks(1), others);
        check(
                calendar.getMaxPerMonth(),
                "month",
                day.withDayOfMonth(1),
                day.withDayOfMonth(1).plusMonths(1),
                others);
        check(
                calendar.getMaxPerYear(),
                "year",
                day.withDayOfYear(1),
                day.withDayOfYear(1).plusYears(1),
                others);
    }

    private static void check(
            Integer limit,
            String period,
            LocalDate from,
            LocalDate to,
            BiFunction<LocalDateTime, LocalDateTime, Long> others) {
        if (limit != null && others.apply(from.atStartOfDay(), to.atStartOfDay()) >= limit) {
            throw new BookingRefusedException("booking.limit." + period, limit);
        }
    }
}
