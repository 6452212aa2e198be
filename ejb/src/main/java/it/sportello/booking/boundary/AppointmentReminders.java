package it.sportello.booking.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.jobs.boundary.ReminderSource;
import it.sportello.platform.database.IdSlice;

/**
 * Reminds the person of a confirmed appointment the day before (or
 * {@code sportello.reminders.appointment-days-before} days before), with place, time and the
 * link to cancel it; once per appointment, and once more after the office moved it.
 *
 * <p>Called by the background jobs, which run with no logged-in caller.
 */
@Stateless
@PermitAll
public class AppointmentReminders implements ReminderSource {

    public static final String NAME = "appointments";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppointmentMails mails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sportello.reminders.appointment-days-before")
    int daysBefore;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> due(long after, int max, IdSlice slice) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(
                        "SELECT a.id FROM Appointment a WHERE a.status = :confirmed AND a.remindedAt IS NULL"
                                + " AND a.startsAt >= :from AND a.startsAt < :to AND a.id > :after AND MOD(a.id, :parts) = :part ORDER BY a.id",
                        Long.class)
                .setParameter("confirmed", AppointmentStatus.CONFIRMED)
                .setParameter("from", today.plusDays(1).atStartOfDay())
                .setParameter("to", today.plusDays(daysBefore + 1L).atStartOfDay())
                .setParameter("after", after)
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(long id) {
        Appointment appointment = em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || !appointment.wantsReminder(LocalDate.now(clock), daysBefore)) {
            return;
        }
        appointment.reminded(clock.instant());
        if (appointment.getEmail() != null) {
            mails.send(appointment, AppointmentEvent.Kind.REMINDER);
        }
    }
}
