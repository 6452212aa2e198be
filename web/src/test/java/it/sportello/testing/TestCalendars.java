package it.sportello.testing;

import it.sportello.booking.boundary.Calendars;
import it.sportello.booking.entity.Calendar;

/**
 * The calendars the tests make are open every day, holidays included, so that a test booking
 * "in two days" or "tomorrow" finds slots whatever the date it runs on.
 */
public final class TestCalendars {

    private TestCalendars() {}

    /** Opens a calendar on every holiday of its coming year; the caller is an administrator. */
    public static Calendar openOnHolidays(Calendars calendars, String code) {
        calendars.holidays(code).forEach(holiday -> calendars.openOnHoliday(code, holiday.day()));
        return calendars.calendar(code);
    }
}
