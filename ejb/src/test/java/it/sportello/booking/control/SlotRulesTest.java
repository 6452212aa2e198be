package it.sportello.booking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Closure;
import it.sportello.booking.entity.OpeningHours;
import it.sportello.booking.entity.Person;
import it.sportello.platform.i18n.LocalizedText;

class SlotRulesTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Monday 2 March 2026, 09:30 in Italy. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 30);

    static final LocalDate MONDAY = NOW.toLocalDate();
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    Clock clock = Clock.fixed(NOW.atZone(ROME).toInstant(), ROME);
    SlotRules rules = new SlotRules(clock);
    Calendar calendar;
    OpeningHours mornings;

    @BeforeEach
    void calendar() {
        calendar = new Calendar("carte-identita", LocalizedText.italian("Carte d'identità"), null);
        calendar.bookingWindow(0, 30);
        // 09:00-12:00, 40 minutes + 10 minutes interval: 09:00, 09:50, 10:40 (ends 11:20); 11:30 would end at 12:10
        mornings = calendar.open(new OpeningHours(
                "Mattine",
                MONDAY.minusMonths(1),
                MONDAY.plusMonths(6),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                2,
                40,
                10));
    }

    List<Slot> on(LocalDate day, List<Appointment> appointments) {
        return rules.slots(calendar, ClosedDays.NONE, appointments, day, day);
    }

    @Test
    void slotsStartAtOpeningAndStepByLengthPlusIntervalEndingByClosing() {
        assertThat(on(WEDNESDAY, List.of()))
                .extracting(s -> s.start().toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 50), LocalTime.of(10, 40));
        assertThat(on(WEDNESDAY, List.of()).get(2).end()).isEqualTo(WEDNESDAY.atTime(11, 20));
    }

    @Test
    void aSlotEndingExactlyAtClosingIsKept() {
        OpeningHours afternoon = calendar.open(new OpeningHours(
                "Pomeriggi",
                MONDAY,
                MONDAY.plusMonths(1),
                EnumSet.of(DayOfWeek.THURSDAY),
                LocalTime.of(14, 0),
                LocalTime.of(15, 0),
                1,
                30,
                0));
        assertThat(on(WEDNESDAY.plusDays(1), List.of()))
                .filteredOn(s -> s.hours() == afternoon)
                .extracting(s -> s.start().toLocalTime())
                .containsExactly(LocalTime.of(14, 0), LocalTime.of(14, 30));
    }

    @Test
    void noSlotsOnDaysOutsideTheWeekdaysOrTheDates() {
        assertThat(on(MONDAY.plusDays(5), List.of())).isEmpty(); // Saturday
        assertThat(on(MONDAY.plusMonths(7), List.of())).isEmpty();
    }

    @Test
    void closuresOfTheCalendarOrOfTheMunicipalityRemoveTheirDays() {
        List<Closure> closures = List.of(
                new Closure(null, WEDNESDAY, WEDNESDAY, "Festa del patrono"),
                new Closure(calendar, WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(1), "Inventario"));
        assertThat(rules.slots(
                        calendar, new ClosedDays(closures, Map.of()), List.of(), WEDNESDAY, WEDNESDAY.plusDays(2)))
                .extracting(s -> s.start().toLocalDate())
                .containsOnly(WEDNESDAY.plusDays(2));
    }

    @Test
    void holidaysTheCalendarIsNotOpenOnHaveNoSlots() {
        // 1 to 5 June 2026: Tuesday 2 June is the Republic Day
        LocalDate monday = LocalDate.of(2026, 6, 1);
        Map<LocalDate, Holiday> holidays = new Holidays(null).between(monday, monday.plusDays(4));
        assertThat(holidays).containsExactly(Map.entry(monday.plusDays(1), Holiday.REPUBLIC_DAY));

        assertThat(rules.slots(calendar, new ClosedDays(List.of(), holidays), List.of(), monday, monday.plusDays(4)))
                .extracting(s -> s.start().toLocalDate())
                .doesNotContain(monday.plusDays(1))
                .contains(monday, monday.plusDays(2));
        assertThat(rules.slots(calendar, ClosedDays.NONE, List.of(), monday, monday.plusDays(4)))
                .extracting(s -> s.start().toLocalDate())
                .contains(monday.plusDays(1));
    }

    @Test
    void pastSlotsAreMarkedPast() {
        assertThat(on(MONDAY, List.of()))
                .extracting(Slot::state)
                .containsExactly(SlotState.PAST, SlotState.AVAILABLE, SlotState.AVAILABLE);
    }

    @Test
    void slotsInsideTheNoticeAreTooSoonAndBeyondTheDaysAheadNotYetBookable() {
        calendar.bookingWindow(24, 2);
        assertThat(on(MONDAY.plusDays(1), List.of()))
                .extracting(Slot::state)
                .containsExactly(SlotState.TOO_SOON, SlotState.AVAILABLE, SlotState.AVAILABLE);
        assertThat(on(WEDNESDAY, List.of())).extracting(Slot::state).containsOnly(SlotState.AVAILABLE);
        assertThat(on(WEDNESDAY.plusDays(1), List.of()))
                .extracting(Slot::state)
                .containsOnly(SlotState.NOT_YET_BOOKABLE);
    }

    @Test
    void aSlotIsFullWhenOverlappingAppointmentsReachTheParallelCapacity() {
        Appointment first = booked(WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(9, 40));
        assertThat(on(WEDNESDAY, List.of(first)).get(0))
                .extracting(Slot::taken, Slot::state)
                .containsExactly(1, SlotState.AVAILABLE);
        // a two-slot appointment overlaps both
        Appointment twoSlots = booked(WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(10, 30));
        List<Slot> slots = on(WEDNESDAY, List.of(first, twoSlots));
        assertThat(slots)
                .extracting(Slot::state)
                .containsExactly(SlotState.FULL, SlotState.AVAILABLE, SlotState.AVAILABLE);
        assertThat(slots.get(1).taken()).isEqualTo(1);
    }

    @Test
    void cancelledAndRefusedAppointmentsFreeTheirSlot() {
        Appointment cancelled = booked(WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(9, 40));
        cancelled.cancelByCitizen(NOW, clock.instant());
        calendar.policy(10, 0, true, false);
        Appointment refused = booked(WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(9, 40));
        refused.refuse("Documenti mancanti", clock.instant());
        assertThat(on(WEDNESDAY, List.of(cancelled, refused)).get(0).taken()).isZero();
    }

    @Test
    void heldDraftsTakeRoomUntilTheirHoldExpires() {
        Appointment draft = Appointment.hold(
                calendar, mornings, WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(9, 40), 1, null, clock.instant());
        Appointment other = Appointment.hold(
                calendar, mornings, WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(9, 40), 1, null, clock.instant());
        assertThat(on(WEDNESDAY, List.of(draft, other)).get(0).state()).isEqualTo(SlotState.FULL);

        SlotRules later = new SlotRules(Clock.offset(clock, Duration.ofMinutes(10)));
        assertThat(later.slots(calendar, ClosedDays.NONE, List.of(draft, other), WEDNESDAY, WEDNESDAY)
                        .get(0))
                .extracting(Slot::taken, Slot::state)
                .containsExactly(0, SlotState.AVAILABLE);
    }

    @Test
    void consecutiveBookableSlotsOfTheSameHoursCanBeChosenTogether() {
        List<Slot> slots = on(WEDNESDAY, List.of());
        List<Slot> chosen = rules.choose(slots, Set.of(WEDNESDAY.atTime(9, 50), WEDNESDAY.atTime(10, 40)));
        assertThat(chosen).extracting(Slot::start).containsExactly(WEDNESDAY.atTime(9, 50), WEDNESDAY.atTime(10, 40));
    }

    @Test
    void slotsWithAGapBetweenThemAreRefused() {
        List<Slot> slots = on(WEDNESDAY, List.of());
        assertThatThrownBy(() -> rules.choose(slots, Set.of(WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(10, 40))))
                .isInstanceOf(BookingRefusedException.class)
                .hasMessage("booking.slots.notConsecutive");
    }

    @Test
    void aFullOrPastOrUnknownSlotCannotBeChosen() {
        Appointment a = booked(WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(9, 40));
        Appointment b = booked(WEDNESDAY.atTime(9, 0), WEDNESDAY.atTime(9, 40));
        assertThatThrownBy(() -> rules.choose(on(WEDNESDAY, List.of(a, b)), Set.of(WEDNESDAY.atTime(9, 0))))
                .hasMessage("booking.slots.taken");
        assertThatThrownBy(() -> rules.choose(on(MONDAY, List.of()), Set.of(MONDAY.atTime(9, 0))))
                .hasMessage("booking.slots.taken");
        assertThatThrownBy(() -> rules.choose(on(WEDNESDAY, List.of()), Set.of(WEDNESDAY.atTime(9, 10))))
                .hasMessage("booking.slots.unknown");
        assertThatThrownBy(() -> rules.choose(on(WEDNESDAY, List.of()), Set.of()))
                .hasMessage("booking.slots.none");
    }

    @Test
    void theWeekStartsOnMonday() {
        assertThat(SlotRules.weekOf(WEDNESDAY.plusDays(4))).isEqualTo(MONDAY);
        assertThat(SlotRules.weekOf(MONDAY)).isEqualTo(MONDAY);
    }

    private Appointment booked(LocalDateTime start, LocalDateTime end) {
        Appointment appointment = Appointment.hold(calendar, mornings, start, end, 1, null, clock.instant());
        appointment.complete(
                new Person(null, "Mario", "Rossi", null, "mario.rossi@example.org", null),
                "CIE",
                null,
                "it",
                clock.instant());
        return appointment;
    }
}
