package it.sportello.booking.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.sportello.booking.control.Slot;
import it.sportello.booking.control.SlotRules;
import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.Calendar;
import it.sportello.booking.entity.Closure;

/**
 * The slots of a calendar as they are in the database now, for the citizen's booking and the
 * operators' schedule alike, and the seats taken for chosen slots.
 */
@Dependent
public class CalendarSlots {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Seats seats;

    /** Every slot from one day to another, both included, leaving out one appointment (one being moved). */
    public List<Slot> slots(Calendar calendar, LocalDate from, LocalDate to, Appointment leaving) {
        List<Closure> closures = em.createNamedQuery(Closure.OF_CALENDAR, Closure.class)
                .setParameter("calendar", calendar)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<Appointment> occupying = em.createNamedQuery(Appointment.OCCUPYING, Appointment.class)
                .setParameter("calendar", calendar)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .setParameter("now", clock.instant())
                .getResultStream()
                .filter(a -> a != leaving)
                .toList();
        return rules().slots(calendar, closures, occupying, from, to);
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
