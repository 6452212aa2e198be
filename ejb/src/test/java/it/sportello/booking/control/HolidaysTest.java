package it.sportello.booking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidaysTest {

    private final Holidays national = new Holidays(null);

    /** Easter Sunday as published calendars give it, with the earliest (22 March) and latest (25 April) possible dates. */
    @ParameterizedTest
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2029, 2029-04-01",
        "2030, 2030-04-21",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void easterSundayFollowsTheGregorianRule(int year, LocalDate easter) {
        assertThat(Holiday.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({"2025-04-21", "2026-04-06", "2027-03-29", "2028-04-17", "2029-04-02", "2030-04-22"})
    void easterMondayIsAHolidayFrom2025To2030(LocalDate easterMonday) {
        assertThat(national.on(easterMonday)).contains(Holiday.EASTER_MONDAY);
        assertThat(national.on(easterMonday.minusDays(1))).isEmpty(); // Easter Sunday is a Sunday anyway
        assertThat(national.on(easterMonday.plusDays(1))).isEmpty();
    }

    @Test
    void theNationalHolidaysOfAYearAreTwelveDaysWithEasterMonday() {
        assertThat(national.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(
                        java.util.Map.entry(LocalDate.of(2026, 1, 1), Holiday.NEW_YEAR),
                        java.util.Map.entry(LocalDate.of(2026, 1, 6), Holiday.EPIPHANY),
                        java.util.Map.entry(LocalDate.of(2026, 4, 6), Holiday.EASTER_MONDAY),
                        java.util.Map.entry(LocalDate.of(2026, 4, 25), Holiday.LIBERATION_DAY),
                        java.util.Map.entry(LocalDate.of(2026, 5, 1), Holiday.LABOUR_DAY),
                        java.util.Map.entry(LocalDate.of(2026, 6, 2), Holiday.REPUBLIC_DAY),
                        java.util.Map.entry(LocalDate.of(2026, 8, 15), Holiday.ASSUMPTION),
                        java.util.Map.entry(LocalDate.of(2026, 11, 1), Holiday.ALL_SAINTS),
                        java.util.Map.entry(LocalDate.of(2026, 12, 8), Holiday.IMMACULATE_CONCEPTION),
                        java.util.Map.entry(LocalDate.of(2026, 12, 25), Holiday.CHRISTMAS),
                        java.util.Map.entry(LocalDate.of(2026, 12, 26), Holiday.ST_STEPHEN));
    }

    @Test
    void thePatronSaintsDayIsAHolidayOfTheMunicipalityOnly() {
        Holidays milan = Holidays.withPatronSaint("12-07");
        assertThat(milan.on(LocalDate.of(2026, 12, 7))).contains(Holiday.PATRON_SAINT);
        assertThat(national.on(LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(Holidays.withPatronSaint(" ").on(LocalDate.of(2026, 12, 7))).isEmpty();
    }

    @Test
    void aPatronSaintOnANationalHolidayIsNamedAsTheNationalOne() {
        // Rome's Saints Peter and Paul is not national; a patron saint on 8 December is named as the Immaculate
        // Conception
        assertThat(new Holidays(MonthDay.of(12, 8)).on(LocalDate.of(2026, 12, 8)))
                .contains(Holiday.IMMACULATE_CONCEPTION);
    }

    @Test
    void aPatronSaintsDayThatIsNoDayIsRefused() {
        assertThatThrownBy(() -> Holidays.withPatronSaint("13-40")).isInstanceOf(DateTimeParseException.class);
    }
}
