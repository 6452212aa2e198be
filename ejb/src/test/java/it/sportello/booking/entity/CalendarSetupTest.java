package it.sportello.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.sportello.platform.i18n.LocalizedText;

/** The calendar administration refuses settings, opening hours and closures that make no sense, each with its reason. */
class CalendarSetupTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    static OpeningHours hours(
            LocalDate end,
            Set<DayOfWeek> days,
            LocalTime open,
            LocalTime close,
            int parallel,
            int length,
            int interval) {
        return new OpeningHours("Mattine", START, end, days, open, close, parallel, length, interval);
    }

    static OpeningHours mornings() {
        return hours(START.plusMonths(3), WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0), 2, 20, 5);
    }

    @Test
    void openingHoursAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new OpeningHours(
                        " ", START, START, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0), 1, 20, 0))
                .hasMessage("booking.openingHours.name");
        assertThatThrownBy(() -> hours(START.minusDays(1), WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0), 1, 20, 0))
                .hasMessage("booking.openingHours.dates");
        assertThatThrownBy(() -> hours(START, Set.of(), LocalTime.of(9, 0), LocalTime.of(12, 0), 1, 20, 0))
                .hasMessage("booking.openingHours.days");
        assertThatThrownBy(() -> hours(START, WEEKDAYS, LocalTime.of(12, 0), LocalTime.of(12, 0), 1, 20, 0))
                .hasMessage("booking.openingHours.times");
        assertThatThrownBy(() -> hours(START, WEEKDAYS, LocalTime.of(12, 0), LocalTime.of(9, 0), 1, 20, 0))
                .hasMessage("booking.openingHours.times");
        assertThatThrownBy(() -> hours(START, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0), 1, 0, 0))
                .hasMessage("booking.openingHours.length");
        assertThatThrownBy(() -> hours(START, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(9, 30), 1, 45, 0))
                .hasMessage("booking.openingHours.length");
        assertThatThrownBy(() -> hours(START, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0), 1, 20, -5))
                .hasMessage("booking.openingHours.interval");
        assertThatThrownBy(() -> hours(START, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0), 0, 20, 0))
                .hasMessage("booking.openingHours.parallel");
        OpeningHours oneDay =
                hours(START, EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(9, 20), 1, 20, 0);
        assertThat(oneDay.isOpenOn(START)).isTrue();
    }

    @Test
    void changedOpeningHoursTakeTheNewValuesAndStayOnTheirCalendar() {
        Calendar calendar = new Calendar("prova", LocalizedText.italian("Prova"), null);
        OpeningHours kept = calendar.open(mornings());
        OpeningHours afternoons = new OpeningHours(
                "Pomeriggi",
                START,
                START.plusDays(10),
                EnumSet.of(DayOfWeek.THURSDAY),
                LocalTime.of(14, 0),
                LocalTime.of(16, 0),
                3,
                30,
                0);
        afternoons.setModerated(true);
        kept.changeTo(afternoons);
        assertThat(kept.getCalendar()).isSameAs(calendar);
        assertThat(kept.getName()).isEqualTo("Pomeriggi");
        assertThat(kept.getDays()).containsExactly(DayOfWeek.THURSDAY);
        assertThat(kept.getOpenTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(kept.getParallel()).isEqualTo(3);
        assertThat(kept.isModerated()).isTrue();
        assertThat(kept.isExpiredOn(START.plusDays(11))).isTrue();
        assertThat(kept.isExpiredOn(START.plusDays(10))).isFalse();
    }

    @Test
    void aClosureEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> new Closure(null, START, START.minusDays(1), "Ferie"))
                .hasMessage("booking.closure.invalid");
        assertThatThrownBy(() -> new Closure(null, null, START, "Ferie")).hasMessage("booking.closure.invalid");
        assertThat(new Closure(null, START, START, "Patrono").covers(START)).isTrue();
    }

    @Test
    void theBookingPolicyIsRefusedWithItsReason() {
        Calendar calendar = new Calendar("prova", LocalizedText.italian("Prova"), null);
        assertThatThrownBy(() -> calendar.bookingWindow(-1, 30)).hasMessage("booking.calendar.notice");
        assertThatThrownBy(() -> calendar.bookingWindow(0, 0)).hasMessage("booking.calendar.daysAhead");
        assertThatThrownBy(() -> calendar.policy(0, 1, false, false)).hasMessage("booking.calendar.hold");
        assertThatThrownBy(() -> calendar.policy(10, -1, false, false)).hasMessage("booking.calendar.cancelDays");
        assertThatThrownBy(() -> calendar.limits(1, 0, null, null)).hasMessage("booking.calendar.limit");
        assertThatThrownBy(() -> calendar.setPaymentExtensionDays(-1)).hasMessage("booking.calendar.paymentExtension");
        assertThatThrownBy(() -> calendar.describe(null, "Municipio", "non-una-mail", null))
                .hasMessage("booking.calendar.email");
        calendar.bookingWindow(24, 90);
        calendar.limits(1, null, 2, 6);
        calendar.describe(null, "Municipio", "anagrafe@comune.example.it", null);
        assertThat(calendar.getDaysAhead()).isEqualTo(90);
        assertThat(calendar.getMaxPerMonth()).isEqualTo(2);
        assertThat(calendar.getContactEmail()).isEqualTo("anagrafe@comune.example.it");
    }
}
