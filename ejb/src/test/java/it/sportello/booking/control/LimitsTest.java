package it.sportello.booking.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.platform.i18n.LocalizedText;

class LimitsTest {

    Calendar calendar = new Calendar("sala-civica", LocalizedText.italian("Sala civica"), null);
    /** Wednesday 4 March 2026. */
    LocalDateTime start = LocalDateTime.of(2026, 3, 4, 10, 0);

    List<LocalDateTime> others = new ArrayList<>();

    long count(LocalDateTime from, LocalDateTime to) {
        return others.stream().filter(o -> !o.isBefore(from) && o.isBefore(to)).count();
    }

    @Test
    void noLimitsNoRefusal() {
        others.addAll(List.of(start, start, start));
        assertThatCode(() -> Limits.check(calendar, start, this::count)).doesNotThrowAnyException();
    }

    @Test
    void theDailyLimitCountsTheSameDayOnly() {
        calendar.limits(1, null, null, null);
        others.add(start.minusDays(1));
        assertThatCode(() -> Limits.check(calendar, start, this::count)).doesNotThrowAnyException();
        others.add(start.withHour(8));
        assertThatThrownBy(() -> Limits.check(calendar, start, this::count))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.limit.day");
    }

    @Test
    void theWeeklyLimitRunsFromMondayToSunday() {
        calendar.limits(null, 2, null, null);
        others.add(LocalDate.of(2026, 3, 2).atTime(9, 0)); // Monday
        others.add(LocalDate.of(2026, 3, 1).atTime(9, 0)); // the Sunday before
        assertThatCode(() -> Limits.check(calendar, start, this::count)).doesNotThrowAnyException();
        others.add(LocalDate.of(2026, 3, 8).atTime(9, 0)); // Sunday
        assertThatThrownBy(() -> Limits.check(calendar, start, this::count)).hasMessage("booking.limit.week");
    }

    @Test
    void monthlyAndYearlyLimits() {
        calendar.limits(null, null, 1, 3);
        others.add(LocalDate.of(2026, 2, 28).atTime(9, 0));
        others.add(LocalDate.of(2026, 1, 10).atTime(9, 0));
        assertThatCode(() -> Limits.check(calendar, start, this::count)).doesNotThrowAnyException();
        others.add(LocalDate.of(2026, 3, 31).atTime(9, 0));
        assertThatThrownBy(() -> Limits.check(calendar, start, this::count)).hasMessage("booking.limit.month");
        calendar.limits(null, null, null, 3);
        assertThatThrownBy(() -> Limits.check(calendar, start, this::count)).hasMessage("booking.limit.year");
    }
}
