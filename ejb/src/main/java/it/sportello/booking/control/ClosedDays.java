package it.sportello.booking.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import it.sportello.booking.entity.Closure;

/**
 * The days on which a calendar has no slots: its closures and the municipality's, and the
 * holidays it is not exceptionally open on.
 *
 * @param closures the closures overlapping the days asked for
 * @param holidays the holidays of those days on which the calendar stays closed
 */
public record ClosedDays(List<Closure> closures, Map<LocalDate, Holiday> holidays) {

    /** No closure and no holiday. */
    public static final ClosedDays NONE = new ClosedDays(List.of(), Map.of());

    public ClosedDays {
        closures = List.copyOf(closures);
        holidays = Map.copyOf(holidays);
    }

    public boolean isClosed(LocalDate day) {
        return holidays.containsKey(day) || closures.stream().anyMatch(c -> c.covers(day));
    }
}
