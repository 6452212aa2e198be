package it.sportello.booking.boundary;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.BookingRefusedException;

/**
 * The guarantee that no slot is given beyond its parallel capacity. An appointment that holds or
 * books a slot takes one numbered seat in it, from 1 to the capacity; the primary key (calendar,
 * slot start, seat) of {@code appointment_seat} lets only one appointment have each seat, so two
 * concurrent bookings of the last place cannot both commit, on H2 as on PostgreSQL. Seats of a
 * draft carry its hold expiry and are given to others once it has passed.
 *
 * <p>Runs inside the caller's transaction: a refused seat rolls the whole booking back.
 *
 * <p>Open to every caller: seats are taken in the bookings of visitors who did not log in and
 * freed by the background jobs, which run with no logged-in caller. Who may book or free what is
 * decided by the boundary that calls.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Seats {

    @PersistenceContext
    EntityManager em;

    /**
     * Takes one seat in each of these slots for the appointment (already flushed), or refuses:
     * {@link BookingRefusedException} when a slot has no seat left, {@link SeatConflictException}
     * when another booking took the chosen seat meanwhile.
     */
    public void take(
            Appointment appointment, List<LocalDateTime> slotStarts, int capacity, Instant holdUntil, Instant now) {
        Long calendar = appointment.getCalendar().getId();
        for (LocalDateTime start : slotStarts) {
            Timestamp slot = Timestamp.valueOf(start);
            em.createNativeQuery("DELETE FROM appointment_seat WHERE calendar_id = ?1 AND slot_start = ?2"
                            + " AND hold_until IS NOT NULL AND hold_until <= ?3")
                    .setParameter(1, calendar)
                    .setParameter(2, slot)
                    .setParameter(3, Timestamp.from(now))
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<Number> taken = em.createNativeQuery(
                            "SELECT seat FROM appointment_seat WHERE calendar_id = ?1 AND slot_start = ?2")
                    .setParameter(1, calendar)
                    .setParameter(2, slot)
                    .getResultList();
            Set<Integer> occupied = new HashSet<>();
            taken.forEach(seat -> occupied.add(seat.intValue()));
            int seat = 1;
            while (occupied.contains(seat)) {
                seat++;
            }
            if (seat > capacity) {
                throw new BookingRefusedException("booking.slots.taken");
            }
            // a booked seat has no hold: NULL written as such, since PostgreSQL cannot type a null parameter
            Query insert = em.createNativeQuery("INSERT INTO appointment_seat (calendar_id, slot_start, seat,"
                            + " appointment_id, hold_until) VALUES (?1, ?2, ?3, ?4, "
                            + (holdUntil == null ? "NULL" : "?5") + ")")
                    .setParameter(1, calendar)
                    .setParameter(2, slot)
                    .setParameter(3, seat)
                    .setParameter(4, appointment.getId());
            if (holdUntil != null) {
                insert.setParameter(5, Timestamp.from(holdUntil));
            }
            try {
                insert.executeUpdate();
            } catch (PersistenceException e) {
                if (isConflict(e)) {
                    throw new SeatConflictException();
                }
                throw e;
            }
        }
    }

    /**
     * Whether the database refused the seat because another transaction has it or is taking it:
     * a unique key violation (SQLSTATE class 23), a serialization failure or deadlock (class 40),
     * or H2's lock timeout. Anything else is a real error.
     */
    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("23") || state.startsWith("40") || "HYT00".equals(state);
            }
        }
        return false;
    }

    /**
     * Keeps the held seats of a completed draft for good; refused when its hold has expired and
     * the seats may already be somebody else's.
     */
    public void keep(Appointment appointment, Instant now) {
        int kept = em.createNativeQuery("UPDATE appointment_seat SET hold_until = NULL WHERE appointment_id = ?1"
                        + " AND hold_until > ?2")
                .setParameter(1, appointment.getId())
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        if (kept != appointment.getSlotCount()) {
            throw new BookingRefusedException(BookingRefusedException.HOLD_EXPIRED);
        }
    }

    /** The held seats of a draft are held until then (a practice being sent, or waiting for its payment). */
    public void holdUntil(Appointment draft, Instant until) {
        em.createNativeQuery("UPDATE appointment_seat SET hold_until = ?1 WHERE appointment_id = ?2")
                .setParameter(1, Timestamp.from(until))
                .setParameter(2, draft.getId())
                .executeUpdate();
    }

    /** Frees every seat of the appointment (cancelled, refused, abandoned or moved). */
    public void free(Appointment appointment) {
        em.createNativeQuery("DELETE FROM appointment_seat WHERE appointment_id = ?1")
                .setParameter(1, appointment.getId())
                .executeUpdate();
    }

    /** How many seats of a slot are taken now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int taken(Long calendarId, LocalDateTime slotStart, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appointment_seat WHERE calendar_id = ?1"
                                + " AND slot_start = ?2 AND (hold_until IS NULL OR hold_until > ?3)")
                        .setParameter(1, calendarId)
                        .setParameter(2, Timestamp.valueOf(slotStart))
                        .setParameter(3, Timestamp.from(now))
                        .getSingleResult())
                .intValue();
    }
}
