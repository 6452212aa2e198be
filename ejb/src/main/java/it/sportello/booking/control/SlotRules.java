package it.sportello.booking.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.OpeningHours;

/**
 * The slot rules of a calendar, in one place. Slots start at the opening time and step by the
 * meeting length plus the interval, kept only when they end by the closing time, on the opening
 * hours' days and dates; closures and holidays remove them. A slot is bookable within [now + notice, today + N
 * days] and while the appointments that overlap it and still take room (not refused or cancelled;
 * drafts only while held) are fewer than its parallel capacity.
 *
 * <p>This is what pages show and what a booking is checked against; the database seats make the
 * capacity hold under concurrency.
 */
public class SlotRules {

    private final Clock clock;

    public SlotRules(Clock clock) {
        this.clock = clock;
    }

    /**
     * Every slot of the calendar from one day to another (both included), with its state now.
     *
     * @param closed the days without slots: closures and holidays
     * @param occupying appointments of the calendar overlapping those days; those that no longer
     *                  take room now are ignored
     */
    public List<Slot> slots(
            Calendar calendar, ClosedDays closed, List<Appointment> occupying, LocalDate from, LocalDate to) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime earliest = now.plusHours(calendar.getNoticeHours());
        LocalDate lastDay = now.toLocalDate().plusDays(calendar.getDaysAhead());
        List<Appointment> taking =
                occupying.stream().filter(a -> a.occupiesAt(clock.instant())).toList();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closed.isClosed(day)) {
                continue;
            }
            for (OpeningHours hours : calendar.getOpeningHours()) {
                if (!hours.isOpenOn(day)) {
                    continue;
                }
                for (LocalDateTime start : startsOf(hours, day)) {
                    LocalDateTime end = start.plusMinutes(hours.getLengthMinutes());
                    int taken = (int) taking.stream()
                            .filter(a -> a.getStartsAt().isBefore(end)
                                    && a.getEndsAt().isAfter(start))
                            .count();
                    slots.add(new Slot(
                            hours,
                            start,
                            end,
                            hours.getParallel(),
                            taken,
                            state(start, taken, hours.getParallel(), now, earliest, lastDay)));
                }
            }
        }
        slots.sort(
                Comparator.comparing(Slot::start).thenComparing(s -> s.hours().getOpenTime()));
        return slots;
    }

    /** The slots of one opening hours' day: from the opening, by length plus interval, ending by the closing. */
    static List<LocalDateTime> startsOf(OpeningHours hours, LocalDate day) {
        List<LocalDateTime> starts = new ArrayList<>();
        LocalDateTime closing = day.atTime(hours.getCloseTime());
        LocalDateTime start = day.atTime(hours.getOpenTime());
        while (!start.plusMinutes(hours.getLengthMinutes()).isAfter(closing)
                && start.toLocalDate().equals(day)) {
            starts.add(start);
            start = start.plusMinutes((long) hours.getLengthMinutes() + hours.getIntervalMinutes());
        }
        return starts;
    }

    private static SlotState state(
            LocalDateTime start,
            int taken,
            int capacity,
            LocalDateTime now,
            LocalDateTime earliest,
            LocalDate lastDay) {
        if (start.isBefore(now)) {
            return SlotState.PAST;
        }
        if (start.isBefore(earliest)) {
            return SlotState.TOO_SOON;
        }
        if (start.toLocalDate().isAfter(lastDay)) {
            return SlotState.NOT_YET_BOOKABLE;
        }
        return taken >= capacity ? SlotState.FULL : SlotState.AVAILABLE;
    }

    /**
     * The slots a booking of these starts would take: each must be bookable, all of the same
     * opening hours and consecutive. Refused with the reason otherwise.
     */
    public List<Slot> choose(List<Slot> daySlots, Set<LocalDateTime> starts) {
        if (starts.isEmpty()) {
            throw new BookingRefusedException("booking.slots.none");
        }
        List<Slot> chosen =
                daySlots.stream().filter(s -> starts.contains(s.start())).toList();
        if (chosen.size() != starts.size()
                || chosen.stream().map(Slot::hours).distinct().count() > 1) {
            throw new BookingRefusedException("booking.slots.unknown");
        }
        if (chosen.stream().anyMatch(s -> !s.state().isBookable())) {
            throw new BookingRefusedException("booking.slots.taken");
        }
        List<LocalDateTime> sequence =
                startsOf(chosen.get(0).hours(), chosen.get(0).start().toLocalDate());
        int first = sequence.indexOf(chosen.get(0).start());
        for (int i = 1; i < chosen.size(); i++) {
            if (first + i >= sequence.size()
                    || !sequence.get(first + i).equals(chosen.get(i).start())) {
                throw new BookingRefusedException("booking.slots.notConsecutive");
            }
        }
        return chosen;
    }

    /**
     * The starts of this many consecutive slots of the same opening hours from this one, e.g. to
     * move an appointment that lasts several slots; refused when the day has not enough of them.
     */
    public static Set<LocalDateTime> consecutive(List<Slot> daySlots, LocalDateTime start, int count) {
        Slot first = daySlots.stream()
                .filter(s -> s.start().equals(start))
                .findFirst()
                .orElseThrow(() -> new BookingRefusedException("booking.slots.unknown"));
        List<LocalDateTime> sequence = startsOf(first.hours(), start.toLocalDate());
        int from = sequence.indexOf(start);
        if (from + count > sequence.size()) {
            throw new BookingRefusedException("booking.slots.notConsecutive");
        }
        return new java.util.LinkedHashSet<>(sequence.subList(from, from + count));
    }

    /** The first day of the week (Monday) that holds this day. */
    public static LocalDate weekOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    /** The time rows of a week grid: every slot start time of these slots, in order. */
    public static List<LocalTime> rows(List<Slot> slots) {
        return slots.stream()
                .map(s -> s.start().toLocalTime())
                .distinct()
                .sorted()
                .toList();
    }
}
