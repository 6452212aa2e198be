package it.sportello.booking.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The holidays of one municipality: the national ones and, when it has one, its patron saint's
 * day ({@code sportello.booking.patron-saint}, e.g. {@code 12-07}). Every calendar is closed on
 * them unless an administrator opens it on one exceptionally.
 */
public final class Holidays {

    private final MonthDay patronSaint;

    /** The holidays with this patron saint's day, or none (null). */
    public Holidays(MonthDay patronSaint) {
        this.patronSaint = patronSaint;
    }

    /** The holidays of a municipality whose patron saint's day is set as "MM-dd" (blank for none). */
    public static Holidays withPatronSaint(String monthDay) {
        return new Holidays(monthDay == null || monthDay.isBlank() ? null : MonthDay.parse("--" + monthDay.strip()));
    }

    /** The holiday this day is, if any; a national holiday is named before the patron saint. */
    public Optional<Holiday> on(LocalDate day) {
        Optional<Holiday> national = Holiday.nationalOn(day);
        if (national.isPresent() || patronSaint == null) {
            return national;
        }
        return patronSaint.equals(MonthDay.from(day)) ? Optional.of(Holiday.PATRON_SAINT) : Optional.empty();
    }

    /** The holidays from one day to another, both included, in order. */
    public Map<LocalDate, Holiday> between(LocalDate from, LocalDate to) {
        Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate current = day;
            on(day).ifPresent(holiday -> holidays.put(current, holiday));
        }
        return holidays;
    }
}
