package it.sportello.booking.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The days on which the municipality's offices are closed by law: Italy's national holidays
 * (law 260/1949 and its amendments, the Republic Day as restored by law 336/2000), Easter Monday,
 * which moves with Easter, and the day of the municipality's patron saint.
 */
public enum Holiday {
    NEW_YEAR(MonthDay.of(1, 1)),
    EPIPHANY(MonthDay.of(1, 6)),
    EASTER_MONDAY(null),
    LIBERATION_DAY(MonthDay.of(4, 25)),
    LABOUR_DAY(MonthDay.of(5, 1)),
    REPUBLIC_DAY(MonthDay.of(6, 2)),
    ASSUMPTION(MonthDay.of(8, 15)),
    ALL_SAINTS(MonthDay.of(11, 1)),
    IMMACULATE_CONCEPTION(MonthDay.of(12, 8)),
    CHRISTMAS(MonthDay.of(12, 25)),
    ST_STEPHEN(MonthDay.of(12, 26)),
    PATRON_SAINT(null);

    private final MonthDay fixed;

    Holiday(MonthDay fixed) {
        this.fixed = fixed;
    }

    /** The national holiday of this day, if it is one; the patron saint's day is the municipality's to say. */
    static Optional<Holiday> nationalOn(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        for (Holiday holiday : values()) {
            if (monthDay.equals(holiday.fixed)) {
                return Optional.of(holiday);
            }
        }
        return day.equals(easterSunday(day.getYear()).plusDays(1)) ? Optional.of(EASTER_MONDAY) : Optional.empty();
    }

    /**
     * Easter Sunday of a year of the Gregorian calendar, by the anonymous Gregorian algorithm
     * (Meeus, Jones, Butcher): the first Sunday after the ecclesiastical full moon on or after 21 March.
     */
    public static LocalDate easterSunday(int year) {
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRest = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int solarCorrection = (century - lunarCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - leapCenturies - solarCorrection + 15) % 30;
        int leapYears = yearOfCentury / 4;
        int yearRest = yearOfCentury % 4;
        int weekday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
        int late = (goldenNumber + 11 * epact + 22 * weekday) / 451;
        int month = (epact + weekday - 7 * late + 114) / 31;
        int day = (epact + weekday - 7 * late + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
