package it.sportello.practice.control;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The "ultimo cambio stato" choices of the practice list, as the half-open range of instants
 * {@code [from, to)} they mean in the clock's time zone. Weeks start on Monday, as in Italy.
 * Bundle keys: {@code LastChange.TODAY} and so on.
 */
public enum LastChange {
    TODAY,
    YESTERDAY,
    THIS_WEEK,
    LAST_WEEK,
    THIS_MONTH,
    LAST_MONTH;

    /** From the first instant of {@code from} up to, not including, {@code to}; either may be open ({@code null}). */
    public record Range(Instant from, Instant to) {

        public Range {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("A range ends after it starts");
            }
        }

        /** A custom range of whole days, both included ("dal ... al ..."); either may be {@code null}. */
        public static Range days(LocalDate first, LocalDate last, ZoneId zone) {
            return new Range(
                    first == null ? null : first.atStartOfDay(zone).toInstant(),
                    last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
        }

        public boolean contains(Instant instant) {
            return (from == null || !instant.isBefore(from)) && (to == null || instant.isBefore(to));
        }
    }

    public Range range(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = today.withDayOfMonth(1);
        return switch (this) {
            case TODAY -> Range.days(today, today, clock.getZone());
            case YESTERDAY -> Range.days(today.minusDays(1), today.minusDays(1), clock.getZone());
            case THIS_WEEK -> Range.days(monday, monday.plusDays(6), clock.getZone());
            case LAST_WEEK -> Range.days(monday.minusWeeks(1), monday.minusDays(1), clock.getZone());
            case THIS_MONTH -> Range.days(first, first.plusMonths(1).minusDays(1), clock.getZone());
            case LAST_MONTH -> Range.days(first.minusMonths(1), first.minusDays(1), clock.getZone());
        };
    }
}
