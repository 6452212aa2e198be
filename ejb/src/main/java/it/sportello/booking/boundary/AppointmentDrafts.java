package it.sportello.booking.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import it.sportello.booking.entity.Appointment;
import it.sportello.booking.entity.AppointmentStatus;
import it.sportello.platform.database.IdSlice;

/**
 * Appointment drafts whose hold expired: their slots are free already by rule (an expired hold
 * takes no room); the draft-expiry job removes them with their seats, each in its own transaction.
 * A draft the citizen completed in the meantime is left alone.
 *
 * <p>Called by the background jobs, which run with no logged-in caller.
 */
@Stateless
@PermitAll
public class AppointmentDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Seats seats;

    @Inject
    Clock clock;

    /** Ids of the slice greater than {@code after}, ascending, of drafts whose hold has expired. */
    public List<Long> expired(long after, int max, IdSlice slice) {
        return em.createQuery(
                        "SELECT a.id FROM Appointment a WHERE a.status = :draft AND a.holdUntil < :now"
                                + " AND a.id > :after AND MOD(a.id, :parts) = :part ORDER BY a.id",
                        Long.class)
                .setParameter("draft", AppointmentStatus.DRAFT)
                .setParameter("now", clock.instant())
                .setParameter("after", after)
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remove(long id) {
        Appointment draft = em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (draft != null && draft.getStatus() == AppointmentStatus.DRAFT && !draft.isHeldAt(now)) {
            seats.free(draft);
            em.remove(draft);
        }
    }
}
