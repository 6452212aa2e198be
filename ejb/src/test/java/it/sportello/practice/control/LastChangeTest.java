package it.sportello.practice.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class LastChangeTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Wednesday 4 March 2026, 00:30 in Rome: still Tuesday 3 March in UTC. */
    private static final Clock CLOCK =
            Clock.fixed(ZonedDateTime.of(2026, 3, 4, 0, 30, 0, 0, ROME).toInstant(), ROME);

    @Test
    void todayIsTheWholeDayInItalianTime() {
        LastChange.Range today = LastChange.TODAY.range(CLOCK);

        assertThat(today.from()).isEqualTo(Instant.parse("2026-03-03T23:00:00Z"));
        assertThat(today.to()).isEqualTo(Instant.parse("2026-03-04T23:00:00Z"));
    }

    @Test
    void yesterdayIsTheDayBefore() {
        assertThat(LastChange.YESTERDAY.range(CLOCK)).isEqualTo(range("2026-03-03", "2026-03-03"));
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(LastChange.THIS_WEEK.range(CLOCK)).isEqualTo(range("2026-03-02", "2026-03-08"));
        assertThat(LastChange.LAST_WEEK.range(CLOCK)).isEqualTo(range("2026-02-23", "2026-03-01"));
    }

    @Test
    void monthsAreCalendarMonthsAlsoAcrossFebruary() {
        assertThat(LastChange.THIS_MONTH.range(CLOCK)).isEqualTo(range("2026-03-01", "2026-03-31"));
        assertThat(LastChange.LAST_MONTH.range(CLOCK)).isEqualTo(range("2026-02-01", "2026-02-28"));
    }

    @Test
    void aRangeAcrossTheChangeToSummerTimeEndsAtMidnightItalianTime() {
        LastChange.Range march = range("2026-03-29", "2026-03-29");

        assertThat(march.from()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(march.to()).as("summer time from 29 March").isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void aCustomRangeIncludesBothDaysAndMayBeOpen() {
        LastChange.Range range = range("2026-01-10", "2026-01-12");
        assertThat(range.contains(Instant.parse("2026-01-12T22:59:59Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2026-01-12T23:00:00Z"))).isFalse();
        assertThat(range.contains(Instant.parse("2026-01-09T22:59:59Z"))).isFalse();

        LastChange.Range since = LastChange.Range.days(LocalDate.of(2026, 1, 10), null, ROME);
        assertThat(since.to()).isNull();
        assertThat(since.contains(Instant.parse("2030-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> range("2026-01-12", "2026-01-10")).isInstanceOf(IllegalArgumentException.class);
    }

    private static LastChange.Range range(String first, String last) {
        return LastChange.Range.days(LocalDate.parse(first), LocalDate.parse(last), ROME);
    }
}
