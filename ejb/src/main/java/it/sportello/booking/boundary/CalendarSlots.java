package it.sportello.booking.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.Config;

import it.sportello.booking.control.ClosedDays;
import it.sportello.booking.control.Holiday;
import it.sportello.booking.control.Holidays;
import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotRules;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Closure;
import it.sportello.booking.entity.HolidayOpening;

/**
 * The slots of a calendar as they are in the database now, for the citizen's booking and the
 * operators' schedule alike, and the seats taken for chosen slots.
 */
@Dependent
public class CalendarSlots {

    /** The setting with the day of the municipality's patron saint, "MM-dd"; blank for none. */
    static final String PATRON_SAINT = "sportello.booking.patron-saint";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Seats seats;

    @Inject
    Config config;

    /** Every slot from one day to another, both included, leaving out one appointment (one being moved). */
    public List<Slot> slots(Calendar calendar, LocalDate from, LocalDate to, Appointment leaving) {
        List<Appointment> occupying = em.createNamedQuery(Appointment.OCCUPYING, Appointment.class)
                .setParameter("calendar", calendar)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .setParameter("now", clock.instant())
                .getResultStream()
                .filter(a -> a != leaving)
                .toList();
        return rules().slots(calendar, closedDays(calendar, from, to), occupying, from, to);
    }

    /** The days a calendar is closed, from one day to another: its closures, the municipality's and the holidays it is not open on. */
    public ClosedDays closedDays(Calendar calendar, LocalDate from, LocalDate to) {
        List<Closure> closures = em.createNamedQuery(Closure.OF_CALENDAR, Closure.class)
                .setParameter("calendar", calendar)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<LocalDate, Holiday> holidays = new HashMap<>(holidays().between(from, to));
        if (!holidays.isEmpty()) {
            openings(calendar, from, to).forEach(holidays::remove);
        }
        return new ClosedDays(closures, holidays);
    }

    /** The holidays on which an administrator opened the calendar, from one day to another. */
    public List<LocalDate> openings(Calendar calendar, LocalDate from, LocalDate to) {
        return em.createNamedQuery(HolidayOpening.DAYS_OF_CALENDAR, LocalDate.class)
                .setParameter("calendar", calendar)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The municipality's holidays: the national ones and its patron saint's day. */
    public Holidays holidays() {
        return Holidays.withPatronSaint(
                config.getOptionalValue(PATRON_SAINT, String.class).orElse(""));
    }

    /**
     * Checks the chosen slots with the rules, leaving out one appointment, and returns them; the
     * caller then persists the appointment and takes its seats with {@link #take}.
     */
    public List<Slot> choose(Calendar calendar, Set<LocalDateTime> starts, Appointment leaving) {
        LocalDate day = starts.stream()
                .map(LocalDateTime::toLocalDate)
                .min(LocalDate::compareTo)
                .orElseThrow(() -> new it.sportello.booking.entity.BookingRefusedException("booking.slots.none"));
        return rules().choose(slots(calendar, day, day, leaving), starts);
    }

    public void take(Appointment appointment, List<Slot> chosen) {
        seats.take(
                appointment,
                chosen.stream().map(Slot::start).toList(),
                chosen.get(0).capacity(),
                appointment.getHoldUntil(),
                clock.instant());
    }

    public SlotRules rules() {
        return new SlotRules(clock);
    }
}
